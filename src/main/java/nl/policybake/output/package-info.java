/**
 * Output: makes the output folder hold exactly the rendered files. Writes only files whose bytes changed (each
 * through a temporary file and an atomic move), deletes files the build no longer makes, and refuses to touch a
 * folder that policybake did not create.
 */
package nl.policybake.output;
