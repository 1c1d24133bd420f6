// The tree-construction rules of the HTML standard that html-parser-changes.ts checks a tree against: what the
// HTML parser rebuilds in a tree that holds no raw HTML. Cast wide: a tree that only might be rebuilt counts.
export const dropsLeadingLineFeed = new Set(['pre', 'textarea', 'listing']);
export const closesParagraph = new Set(
  'address article aside blockquote center details dialog dir div dl dd dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main menu nav ol p plaintext pre search section summary table ul xmp'.split(
    ' ',
  ),
);
// A link in a link, a button in a button, a form in a form: the parser closes or drops the outer one.
export const nestsBadly = new Set(['a', 'button', 'form', 'nobr']);
export const tableChildren: Record<string, Set<string>> = {
  table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'script', 'template', 'style']),
  thead: new Set(['tr', 'script', 'template', 'style']),
  tbody: new Set(['tr', 'script', 'template', 'style']),
  tfoot: new Set(['tr', 'script', 'template', 'style']),
  tr: new Set(['td', 'th', 'script', 'template', 'style']),
  colgroup: new Set(['col', 'template']),
};
// Table parts the parser drops, or wraps in what they lack, outside their own parent: the parents the lists
// above give them (script, template and style may stand anywhere).
const anywhere = new Set(['script', 'template', 'style']);
export const tableParents: Record<string, Set<string>> = {};
for (const [parent, children] of Object.entries(tableChildren))
  for (const child of children) if (!anywhere.has(child)) (tableParents[child] ??= new Set()).add(parent);

// An item closes the item it would be in when no list of its own comes between them.
export const itemLists: Record<string, Set<string>> = {
  li: new Set(['ul', 'ol', 'menu']),
  dd: new Set(['dl']),
  dt: new Set(['dl']),
};
export const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const parsedOnTheirOwnTerms = new Set(
  'html head body frameset frame template select option optgroup iframe noscript noembed noframes plaintext xmp image math title'.split(
    ' ',
  ),
);
export const leavesSvg = new Set(
  'b big blockquote body br center code dd div dl dt em embed font foreignObject h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(
    ' ',
  ),
);

// Ruby parts close one another; void elements take no children; raw text elements take only text.
export const rubyParts = new Set(['rb', 'rp', 'rt', 'rtc']);
export const voidElements = new Set(
  'area base basefont bgsound br col command embed frame hr image img input keygen link meta param source track wbr'.split(
    ' ',
  ),
);
/** One token of a list, as the parser splits it: no HTML whitespace, no comma. */
export const singleToken = /^[^\t\n\f\r ,]+$/;
/** Any character that is not HTML whitespace (which is narrower than JavaScript's `trim()`). */
export const notHtmlWhitespace = /[^\t\n\f\r ]/;
export const rawText = new Set('script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '));
