/**
 * Demo people, organisations, dates, strategy and action plan for the plain run; never loaded in the prod or test
 * profiles.
 */
@NullMarked
package org.tandem.demo;

import org.jspecify.annotations.NullMarked;
