// HTML escapes by default: the `html` template escapes every value that is not markup it made, so a
// forgotten call cannot put a record's text on a page as markup; and no renderer escapes by hand any more.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { html, joinHtml, trusted } from "../engine/audit/template.js";
import { ROOT } from "./helpers/register.js";

describe("the html template", () => {
  it("escapes every value, in text and in attributes, and keeps only markup it made", () => {
    const name = `"><script>alert('x')</script>&amp;\u202E`;
    expect(html`<a title="${name}">${name}</a>`.markup).toBe(
      `<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;\uFFFD">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;\uFFFD</a>`,
    );
    const cell = html`<td>${name}</td>`;
    expect(html`<tr>${cell}</tr>`.markup).toBe(`<tr>${cell.markup}</tr>`);
    expect(html`<ul>${["<b>", html`<li>ok</li>`]}</ul>`.markup).toBe("<ul>&lt;b&gt;<li>ok</li></ul>");
    expect(html`${undefined}${null}${false}${0}`.markup).toBe("0");
    expect(joinHtml(["a<", html`<br>`], html`<hr>`).markup).toBe("a&lt;<hr><br>");
    // A string that merely looks like markup is text; only trusted() (for the code's own CSS and tags) is not.
    expect(html`${"<br>"}${trusted("<br>")}`.markup).toBe("&lt;br&gt;<br>");
  });

  it("is the only way the HTML renderers write a value: no hand-made escaping is left in them", () => {
    for (const file of ["engine/audit/html.ts", "engine/audit/evidence.ts", "engine/audit/evidence-pages.ts", "engine/audit/datamap-svg.ts", "engine/report/subprocessors.ts"]) {
      const source = readFileSync(join(ROOT, file), "utf8");
      expect(source, file).not.toMatch(/\besc\(|(?<!content:)\battr\(/);
    }
  });
});
