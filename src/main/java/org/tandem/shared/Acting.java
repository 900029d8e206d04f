package org.tandem.shared;

/**
 * Who is acting, as the shared pieces (audit trail, import mappings) need it: the username, "system" for
 * scheduled work. The people module's CurrentUser answers it; nothing here reads the security context itself.
 */
public interface Acting {

    String username();
}
