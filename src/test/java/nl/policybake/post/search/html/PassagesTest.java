package nl.policybake.post.search.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassagesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<html><head><title>x</title><script>var s = '<main>';</script></head><body><nav>Menu</nav>"
            + "<main id=\"inhoud\"><h1>Plan</h1><p class=\"doc-type\">Evaluatie</p><p>Inleiding &amp; doel.</p>"
            + "<h2 id=\"a\">Eén <em>twee</em> <abbr title=\"x\">RIOZ</abbr></h2><p>Tekst<br>met\u00a0\u00a0ruimte"
            + " en zacht\u00adafbreken</p></main><footer>Voet</footer></body></html>",
        "<main><div class=\"breadcrumbs\"><a href=\"/\">Start</a></div><nav class=\"toc\"><ol><li>x</li></ol></nav>"
            + "<figure><svg viewBox=\"0 0 1 1\"><title>Grafiek</title><path d=\"M0\"/><g><text>1</text></g></svg>"
            + "<details class=\"chart-data\"><summary>Cijfers</summary><table><tr><td>1</td></tr></table></details>"
            + "<p class=\"chart-description\">Van 1 naar 2</p><figcaption>Bron</figcaption></figure>"
            + "<h3 id=\"b\">Kop</h3><ul><li>een</li><li>twee<!-- niet --> drie</li></ul>"
            + "<h2>Zonder id</h2><p>tekst &#8617; &#39;x&#39; &lsquo;y&rsquo; &frac12; &notit; &#128; &#9;z</p></main>",
        "<main>\r\n<h2 id=\"c\">C</h2>\r\n<h2 id=\"d\"></h2><p></p><h3 id=\"e\">E<div>blok</div>na</h3><p>x</p>"
            + "<table><caption>T</caption><thead><tr><th scope=\"col\">a</th></tr></thead><tbody><tr><td>1.234,5"
            + "</td></tr></tbody></table><p class=\"Print-Hint extra\">print</p><pre>\n  code  \n</pre>"
            + "<textarea>a &amp; <b></textarea><section><h2 id=\"f\">F<h3 id=\"g\">G</h3></section></main>",
        "<p>no main here</p>",
        "<main><p>caf\u00e9 \u20ac 5 \uD83D\uDE00 \u2009dun</p><h2 id=\"x&amp;y\">X</h2></main>"
            + "<main><p>tweede</p></main>",
        // an SVG passed over in one go (a script in it is not raw text), and the ones the tag loop must read: nested,
        // a comment, <svgx>
        "<main><p>voor</p><SVG><text>&lt;/svg&gt;</text></SVG><p>na</p><svg><g/></svg ><p>eind</p></main>",
        "<main><svg><svg><g/></svg><text>binnen</text></svg><p>na</p></main>",
        "<main><svg><!-- </svg> --><text>binnen</text></svg><p>na</p></main>",
        "<main><svg><script>var s = '</svg>';</script><text>binnen</text></svg><p>na</p></main>",
        "<main><svg><svgx></svgx><text>binnen</text></svg><p>na</p><svg><g/>",
    })
    void splitsAsTheJsoupWalkDid(String html) {
        List<Sections.Section> expected = Sections.of(html);
        List<Passage> actual = Passages.of(html.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.stream().map(s -> List.of(s.anchor(), s.heading(), s.text())).toList(),
                actual.stream().map(p -> List.of(p.anchor(), p.heading(), p.text())).toList());
    }
}
