/**
 * Front matter: splits a source file into its header (YAML between {@code ---} lines, or JBake's {@code key=value}
 * lines up to {@code ~~~~~~}) and its body, and reads each kind of file's header ({@link
 * nl.policybake.parse.front.HeaderReader}: page, agenda, period, document) against its schema, with file and line
 * for every problem. Depends on nothing else of {@code parse}.
 */
package nl.policybake.parse.front;
