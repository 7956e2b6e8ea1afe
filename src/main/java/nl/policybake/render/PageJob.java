package nl.policybake.render;

import nl.policybake.render.view.Chrome;

/** One page to render: its URL, template, chrome and kind-specific view, and the source it comes from. */
record PageJob(String url, String template, Chrome chrome, Object view, String source) {
}
