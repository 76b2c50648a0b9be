/*
 * The site's search worker: Material for MkDocs' search interface with a search that builds no index.
 *
 * Why: Material's own worker builds a lunr index of every word, with its position, before it answers the first
 * query. On a story of 1,460 articles that took 1.0 to 1.2 s after the page loaded, over the second readers
 * wait for a first result (README, "The first search after a page loads"). This worker speaks Material's
 * worker protocol (SETUP, READY, QUERY, RESULT: Material's `integrations/search/worker/message`), so the search
 * box, the result list and the highlighting on the page opened stay Material's, and answers each query by
 * scanning the documents' text: no index to build, a query over 1.6 MB of text in tens of milliseconds.
 *
 * What it keeps of Material's search (`integrations/search/_`): a query word matches the words that start with
 * it, "+word" must match and "-word" must not, a quoted phrase's words must all match, a page's `search.boost`
 * multiplies its score, results are grouped by page with the page's own entry, and a result's text is two
 * blocks (list items, paragraphs) of its entry with the words marked. Words of lunr's English stop list are
 * left out of a query unless it has no others. What it changes, for a reader (README, "The first search after
 * a page loads"): a query word loses its English ending ("resigns" finds "resigned"); an entry must hold every
 * word asked for when some entry does (Material's listed every entry holding any); an entry with the words
 * together in one block ranks higher, and its text shows that block first; a title weighs the title field's
 * boost only when it holds every word ("phase 5" is not the page "5 May 2009").
 */
"use strict";

const STOP = new Set(("a able about across after all almost also am among an and any are as at be because been " +
  "but by can cannot could dear did do does either else ever every for from get got had has have he her hers " +
  "him his how however i if in into is it its just least let like likely may me might most must my neither no " +
  "nor not of off often on only or other our own rather said say says she should since so some than that the " +
  "their them then there these they this tis to too twas us wants was we were what when where which while who " +
  "whom why will with would yet you your").split(" "));

const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };

let documents = [];   // [{doc, title, blocks}] in the index's order
let pages = new Map();  // a page's address: its own entry
let titleBoost = 1;

/* A block's text as read: its entities decoded (the index holds escaped HTML); a code point out of range reads
   as the replacement character (it had thrown in SETUP, leaving the box at "Initializing search"). */
function decode(text) {
  const character = code => code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
  return text.replace(ENTITY, (whole, dec, hex, name) =>
    dec ? character(+dec) : hex ? character(parseInt(hex, 16)) : NAMED[name.toLowerCase()]);
}

function escapeHTML(text) {
  return text.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" })[c]);
}

/* The text's blocks: the runs of text between its tags (the site's entries hold list items and paragraphs). */
function blocksOf(html) {
  return html.split(/<[^>]*>/).map(decode).map(s => s.trim()).filter(Boolean);
}

/* The text as it is searched: each letter without its accents, where that keeps its length ("Calderón" is
   searched as "Calderon"), so that a match's place in it is its place in the text, which is shown. */
function fold(text) {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text.replace(/[^\x00-\x7f]/g, c => {
    const bare = c.normalize("NFD").replace(/\p{M}/gu, "");
    return bare.length === c.length ? bare : c;
  });
}

function setup(data) {
  const fields = data.config.fields || {};
  titleBoost = (fields.title && fields.title.boost) || 1;
  pages = new Map();
  documents = [];
  for (const doc of data.docs) {
    if (typeof doc.location !== "string") continue;  // no address to open: not a result
    const [path] = doc.location.split("#");
    const page = pages.get(path);
    if (page !== undefined) doc.parent = page.doc;
    const title = decode(String(doc.title || ""));
    const blocks = blocksOf(String(doc.text || ""));
    const entry = { doc, title, titleKey: fold(title), blocks, keys: blocks.map(fold) };
    if (page === undefined) pages.set(path, entry);
    documents.push(entry);
  }
}

const MAX_WORDS = 10;
/* Query words looked for: a pasted paragraph had taken seconds a key press (each word is a pass over the text). */

/* Query words as Material reads them: quoted phrases' words and "+word" required, "-word" prohibited; stop
   words left out, whatever their presence ("oil -the" is "oil"), unless the query has no other; each word once. */
function parse(query) {
  const clauses = [];
  const words = query.replace(/[\u2018\u2019]/g, "'").trim().split(/"([^"]*)"/);
  words.forEach((part, quoted) => {
    for (const token of part.split(/\s+/)) {
      let presence = quoted % 2 ? "required" : "optional";
      let rest = token;
      if (!(quoted % 2) && /^[+-]/.test(rest)) {
        presence = rest[0] === "+" ? "required" : "prohibited";
        rest = rest.slice(1);
      }
      for (const raw of rest.split("-")) {  // Material's separator splits words at hyphens
        const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/'s$/, "").toLowerCase()
          .normalize("NFD").replace(/\p{M}/gu, "");  // its accents left out: "Calderon" finds "Calderón"
        if (word && !clauses.some(c => c.typed === word && c.presence === presence)) {
          clauses.push({ typed: word, presence });
        }
      }
    }
  });
  const content = clauses.filter(c => !STOP.has(c.typed));
  const kept = (content.some(c => c.presence !== "prohibited") ? content : clauses).slice(0, MAX_WORDS);
  const last = kept.length - 1;
  return kept.map((c, k) => ({ ...c, ...form(c.typed, c.presence === "optional" && k === last) }));
}

const ENDINGS = "(?:s|es|e|ed|d|ing|ion|ions|ation|ations|er|ers|ment|ments)?";
/* What may follow a stem: "resign" finds "resigns", "resigned" and "resignation"; "state" (from "states")
   finds "statement" and not "static". */

const TYPING = "[\\p{L}\\p{N}]*";
/* What may follow the word being typed: any word it begins. */

/* How a query word is looked for: ``word`` (the key Material's page marks and lists as missing) and the text
   after it. Its English ending is left out ("resigns", "resigned": "resign"; "-es" only after s, x, z, ch or sh;
   a stem keeps four letters at least: "news", "died"), and the stem finds the word's other forms (``ENDINGS``).
   The last word of a query, as it is being typed, finds every word it begins ("Hayward step d" lists the
   pages of "down" on the way to it); before it, a single letter is a word of its own ("G-20 summit" is "G",
   "20" and "summit": as a prefix "g" had found "government"); a "+word" or "-word" is no prefix, as in
   Material's search. */
function form(typed, typing) {
  if (typed.length === 1) return { word: typed, tail: typing ? TYPING : "" };
  const ending = /(?:[sxz]|ch|sh)es$/.test(typed) ? /es$/ : /(?:ing|ed|s)$/;
  const bare = typed.replace(ending, "");
  if (bare !== typed && bare.length >= 4 && !/(?:ss|is|us)$/.test(typed)) return { word: bare, tail: ENDINGS };
  return { word: typed, tail: typing ? TYPING : ENDINGS };
}

/* The words a clause finds, whole, with what comes before them in group 1 (a lookbehind would leave out the
   Safari of iOS 15 and older: every query there had thrown). An apostrophe finds either kind. */
function pattern(clause) {
  const word = clause.word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['\u2019]");
  return new RegExp("(^|[^\\p{L}\\p{N}\\p{M}])(" + word + clause.tail + ")(?![\\p{L}\\p{N}\\p{M}])", "giu");
}

function count(re, text) {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/* The text with each match of the patterns marked, escaped. */
function mark(text, key, patterns) {
  const spans = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(key)) !== null) spans.push([m.index + m[1].length, m.index + m[0].length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "", cursor = 0;
  for (const [start, end] of spans) {
    if (start < cursor) continue;
    out += escapeHTML(text.slice(cursor, start)) + "<mark>" + escapeHTML(text.slice(start, end)) + "</mark>";
    cursor = end;
  }
  return out + escapeHTML(text.slice(cursor));
}

function search(query) {
  const clauses = parse(query);
  if (!clauses.length) return { items: [] };
  const patterns = clauses.map(pattern);
  const matches = [];  // per document with a match: title counts, text counts, each block's matched clauses
  const frequency = clauses.map(() => 0);
  documents.forEach(entry => {
    const inTitle = patterns.map(re => count(re, entry.titleKey));
    const inText = clauses.map(() => 0);
    const blocks = entry.keys.map(block => patterns.map((re, k) => {
      const n = count(re, block);
      inText[k] += n;
      return n > 0;
    }));
    if (!clauses.some((_, k) => inTitle[k] + inText[k] > 0)) return;
    clauses.forEach((_, k) => { if (inTitle[k] + inText[k] > 0) frequency[k]++; });
    matches.push({ entry, inTitle, inText, blocks });
  });
  const total = documents.length;
  const weight = frequency.map(n => Math.log(1 + (total - n + 0.5) / (n + 0.5)));
  const shown = patterns.filter((_, k) => clauses[k].presence !== "prohibited");
  const cover = found => found.reduce(
    (sum, hit, k) => sum + (hit && clauses[k].presence !== "prohibited" ? weight[k] : 0), 0);
  const scored = [];
  for (const { entry, inTitle, inText, blocks } of matches) {
    let score = 0, fail = false, asked = 0, held = 0;
    const terms = {};
    // a title weighs its boost when it holds every word asked for: "phase 5" is not the page "5 May 2009"
    const titled = clauses.every((c, k) => c.presence === "prohibited" || inTitle[k] > 0) ? titleBoost : 1;
    clauses.forEach((c, k) => {
      const found = inTitle[k] + inText[k] > 0;
      if (c.presence === "prohibited") { fail = fail || found; return; }
      if (c.presence === "required" && !found) fail = true;
      asked += 1;
      held += found ? 1 : 0;
      if (c.word.length > 1) terms[c.word] = found;  // Material's page would mark the letter inside every word
      score += weight[k] * (titled * inTitle[k] / (inTitle[k] + 1.2) + inText[k] / (inText[k] + 1.2));
    });
    if (fail || score <= 0) continue;
    // the words together in one block (an event, a paragraph) weigh most: what the reader asked about is there
    const best = blocks.map((found, i) => [cover(found), i]).filter(([c]) => c > 0)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    score += 2 * (best.length ? best[0][0] : 0);
    const matched = held / Math.max(1, asked);
    score *= (entry.doc.boost || 1) * (1 + (+!entry.doc.parent + matched) ** 2);
    const teaser = best.slice(0, 2).map(([, i]) => i);
    scored.push({ entry, score, terms, complete: matched === 1, teaser });
  }
  // every word asked for, where some entry holds them all ("G-20 summit" had listed 365 pages that say
  // "summit" or "G-20", a reader's review found); any of them where none does, the missing ones shown
  const complete = scored.filter(result => result.complete);
  const kept = complete.length ? complete : scored;
  kept.sort((a, b) => b.score - a.score);
  const groups = new Map();
  for (const { entry, score, terms, teaser } of kept) {
    const doc = entry.doc;
    const item = {
      location: doc.location, title: mark(entry.title, entry.titleKey, shown),
      text: teaser.map(i => `<p>${mark(entry.blocks[i], entry.keys[i], shown)}</p>`).join(""),
      score, terms, ...(doc.tags ? { tags: [...doc.tags] } : {}), ...(doc.parent ? { parent: doc.parent } : {})
    };
    const ref = doc.parent ? doc.parent.location : doc.location;
    if (!groups.has(ref)) groups.set(ref, []);
    groups.get(ref).push(item);
  }
  for (const [ref, items] of groups) {
    if (!items.some(item => item.location === ref)) {
      const page = pages.get(ref);
      // the page's heading opens it with the words its sections matched, which the page marks and scrolls to:
      // with no words a tap on the heading had opened the top of a long page, nothing marked (a reader's review)
      const terms = Object.assign({}, ...items.map(item => item.terms));
      if (page) items.push({ location: ref, title: escapeHTML(page.title), text: "", score: 0, terms });
    }
  }
  return { items: [...groups.values()] };
}

/* Material's message types: SETUP 0, READY 1, QUERY 2, RESULT 3. */
addEventListener("message", event => {
  const message = event.data;
  if (message.type === 0) {
    setup(message.data);
    postMessage({ type: 1 });
  } else if (message.type === 2) {
    let data;
    try {
      data = search(message.data);
    } catch (error) {
      console.warn(`Invalid query: ${message.data}`, error);
      data = { items: [] };
    }
    postMessage({ type: 3, data });
  }
});
