/**
 * The partnership's words in plain English: a glossary for everyone, and the rule that an abbreviation is spelt
 * out on its first use in each document.
 */
@NullMarked
package org.tandem.glossary;

import org.jspecify.annotations.NullMarked;
