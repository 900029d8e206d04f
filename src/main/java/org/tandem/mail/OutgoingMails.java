package org.tandem.mail;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingMails extends JpaRepository<OutgoingMail, Long> {
}
