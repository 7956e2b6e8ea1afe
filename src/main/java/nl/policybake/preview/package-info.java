/**
 * Local preview: a small static HTTP server over the output folder, bound to loopback. Serves only GET and HEAD,
 * only files inside the output folder, no dotfiles and no directory listings, and refuses requests whose Host
 * header is not the loopback address it listens on (DNS rebinding).
 */
package nl.policybake.preview;
