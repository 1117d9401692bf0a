// The floor under the content script's timings (bench/browser-floor.ts): the least any detector
// and any classifier of the kind the issues ask for must read of a page, timed as Quiet Reader's
// content script is timed, on its first run in the page's isolated world. Nothing is matched or
// decided, and the results are thrown away: this is the cost of the reads alone.
(() => {
  const now = () => performance.now();
  const times = {};
  let start = now();

  // The first call into the page's DOM from this isolated world: one query that matches nothing.
  document.querySelector('qr-none');
  times.firstCall = now() - start;

  // A detector's inputs: publisher metadata (two meta tags, JSON-LD, microdata), element counts
  // and the URL's shape. Native queries and live counts only; no text read.
  start = now();
  const meta = (name) => document.querySelector(`meta[property="${name}"],meta[name="${name}"]`)?.getAttribute('content');
  const types = [meta('og:type'), meta('article:published_time')];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      types.push(JSON.parse(script.textContent ?? '')?.['@type']);
    } catch {
      // A broken block.
    }
  }
  for (const el of document.querySelectorAll('[itemscope][itemtype]')) types.push(el.getAttribute('itemtype'));
  const counts = ['article', 'h1', 'h2', 'h3', 'p', 'form', 'input', 'iframe', 'pre', 'code', 'table'].map((tag) => document.getElementsByTagName(tag).length);
  const path = new URL(location.href).pathname;
  const shapes = [/\/(?:19|20)\d\d\/\d{1,2}\//, /\/(?:news|blog|story)\//, /\/(?:docs?|wiki)\//, /\/(?:products?|shop)\//].map((re) => re.test(path));
  times.structure = now() - start;

  // A token classifier's least input: one attribute (ours reads class, id, aria-label and the
  // data-* names too) of each element classify asks about by its names (classify.ts:
  // TOKEN_CANDIDATES, picked by the engine: no headings, text-level tags or scripts).
  start = now();
  let names = 0;
  const candidates = '*:not(h1,h2,h3,h4,h5,h6,p,a,b,i,em,strong,span,img,body,main,html,label,input,button,time,article,script,style,noscript,template,svg,iframe,object,head)';
  for (const el of document.body.querySelectorAll(candidates)) names += el.getAttribute('class')?.length ?? 0;
  times.attributes = now() - start;

  // The engine's alternative to reading attributes in script: one native query for class and id
  // substrings of 20 clutter words (ours knows 90, and data-* names cannot be queried so).
  start = now();
  const words = 'ad share social newsletter related promo sponsor popup modal paywall cookie subscribe recommend outbrain taboola banner donate signup trending cta'.split(' ');
  const matched = document.body.querySelectorAll(words.flatMap((w) => [`[class*="${w}" i]`, `[id*="${w}" i]`]).join()).length;
  times.query = now() - start;

  // A phrase classifier's least input: the text of every text node, with the node it is in.
  start = now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.nodeValue.length;
  times.text = now() - start;

  times.elements = document.getElementsByTagName('*').length;
  // Read by the bench from the page's console; `void` keeps the reads from being optimized away.
  void [types, counts, shapes, names, matched, chars];
  console.log(`qr-floor ${JSON.stringify(times)}`);
})();
