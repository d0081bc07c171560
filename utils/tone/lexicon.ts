/**
 * Word lists for the tone rules, written from general knowledge of how people swear and belittle in code review.
 * Tables are compact text ("word word=rewrite|noun-rewrite") parsed once at module load, so the bundle stays small.
 *
 * Rewrite conventions: `=` gives the kinder replacement for the word; an empty rewrite means "delete it" (fine for
 * interjections and intensifiers: "too damn big" -> "too big"); `|x` is used instead when the word is a noun after
 * "this/that/the…" ("handle this crap" -> "handle this stuff"). No `=` at all means there is no safe automatic
 * rewrite (insults aimed at a person: the writer has to rephrase). A word ending in `~` is a mild judgement
 * (`LexiconEntry.mild`).
 */

export interface LexiconEntry {
  /**
   * 'profanity' always flags; 'insult' skips self-directed remarks ("I'm an idiot"); 'dislike' is a verb of strong
   * dislike ("I hate this"), whose "I" is the speaker, not the target.
   */
  kind: 'profanity' | 'insult' | 'dislike';
  rewrite?: string;
  nounRewrite?: string;
  /** Words that, right after this one, mean a technical or harmless sense ("dumb terminal", "garbage collection"). */
  harmlessNext?: ReadonlySet<string>;
  /** Words that, right before this one, mean a harmless sense ("I'd hate to", "not crazy about"). */
  harmlessPrevious?: ReadonlySet<string>;
  /**
   * A mild judgement ("ugly", "terrible", "I hate"): a finding only where it lands on the change under review or on
   * the reader (targets.ts mildLandsOnChange), not on a possible outcome, shared or older code, or things in general.
   */
  mild?: boolean;
}

function parseTable(kind: LexiconEntry['kind'], table: string, into: Map<string, LexiconEntry>): void {
  for (const line of table.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const equals = trimmed.indexOf('=');
    const words = (equals < 0 ? trimmed : trimmed.slice(0, equals)).split(/\s+/);
    let rewrite: string | undefined;
    let nounRewrite: string | undefined;
    if (equals >= 0) {
      const [plain, noun] = trimmed.slice(equals + 1).split('|');
      rewrite = plain ?? '';
      nounRewrite = noun;
    }
    for (const word of words) {
      const mild = word.endsWith('~');
      into.set(mild ? word.slice(0, -1) : word, { kind, rewrite, nounRewrite, mild });
    }
  }
}

/** Adds the harmless contexts of HARMLESS_TABLE to the words already in the lexicon. */
function addHarmless(table: string, into: Map<string, LexiconEntry>): void {
  for (const line of table.split('\n')) {
    const [list, side, more] = line.trim().split(/ ([<>]) /);
    if (!list || !more) continue;
    const key = side === '<' ? 'harmlessPrevious' : 'harmlessNext';
    for (const word of list.split(' ')) {
      const entry = into.get(word);
      if (entry) into.set(word, { ...entry, [key]: new Set([...(entry[key] ?? []), ...more.split(' ')]) });
    }
  }
}

/** A set of words from a space-separated list: compact in the bundle and easy to read. */
export const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** Swearing: flagged wherever it appears in prose, even aimed at oneself, because it still reads as hostile. */
const PROFANITY_TABLE = `
damn damned damnit dammit damm damnation goddamn goddamned goddamnit goddammit dang dangit darn darned darnit=
hell=
frick fricking frickin freaking freakin friggin frigging effing=
fuck fucking fuckin fucks fuckity motherfucking=
fucked=broken
fugly=hard to read
clusterfuck=tangle
fucker fuckers motherfucker motherfuckers fuckwit fuckface
crap crapola=not great|stuff
crappy craptastic=weak
shit shite bullshit horseshit=not right|stuff
shitty=weak
shitshow=tangle
wtf wth=what
omfg ffs stfu gtfo jfc lmfao dafuq wtaf fkn fkin=
rtfm=please see the docs
sucks sux=isn't great
sucked=wasn't great
sucky=weak
suck sucking sucker suckers
ass asses arse asshole assholes arsehole dumbass dumbasses jackass smartass anal
bastard bastards bitch bitches bitchy dick dicks dickhead prick pricks cunt cunts twat twats
wanker wankers douche douchebag tosser
bitching bitched=complaining
pissed=annoyed
piss pissing pisses=
bloody=
bollocks=not right
screwed=broken
screwing=messing
screwup screwups=mistake
cursed=troublesome
`;

/** Insults aimed at people or at their work. Self-directed uses ("I'm an idiot", "stupid question") are exempt. */
const INSULT_TABLE = `
stupidest dumbest=most confusing
stupid stoopid idiotic moronic imbecilic asinine inane brainless braindead boneheaded retarded=confusing
stupidly idiotically=oddly
horribly~ terribly~=very
stupidity idiocy=confusion
ugly~ hideous~ yucky~ icky~ disgusting~ revolting~=awkward
uglier~=more awkward
ugliest~=most awkward
ugliness~=awkwardness
terrible~ horrible~ awful~ atrocious~ horrendous~ abysmal appalling dreadful~ lousy~ crummy~ shoddy=problematic
nasty~=tricky
evil~=risky
ridiculous~ ludicrous~ absurd~ laughable~ preposterous nonsensical insane~ crazy~=surprising
rubbish drivel=not right
pathetic lame~ amateurish=weak
stinks~=isn't great
stinky~=fragile
shameful~ disgraceful=disappointing
disgrace=disappointment
filth turd turds=mess
filthy=messy
yuck ew eww ewww ugh urgh blech bleh blergh=
idiot idiots moron morons imbecile imbeciles cretin cretins dimwit nitwit halfwit numbskull dunce buffoon bozo
loser losers jerk jerks dork doofus twit clown clowns noob noobs n00b retard retards incompetent clueless ignorant
liar liars coward cowards cowardly chump chumps luddite luddites scumbag scumbags dirtbag sleazebag weirdo weirdos
hypocrite hypocrites lunatic lunatics psycho prat pillock plonker wimp nazi nazis
abomination monstrosity eyesore
`;

/** Strong dislike. "I hate this" is not self-directed: the speaker is the one disliking. */
const DISLIKE_TABLE = `
hate~ hates~ loathe loathes despise despises detest detests=dislike
hated~ loathed despised detested=disliked
hating~ loathing=disliking
`;

/**
 * Technical, idiomatic and hedged senses: "words < before" lists words that, right before one of the words, make it
 * harmless ("seems stupid", "I'd hate to"); "words > after" the same right after it ("stupid fast", "evil twin",
 * "suck out"). "ass" is a common typo for "add" and "as" ("please ass a docstring", "status ass 'error'").
 */
const HARMLESS_TABLE = `
stupid crazy < seems seem feels sounds sound
crazy insane < goes go went going drive drives drove driving
hell < callback callbacks dll dependency dependencies merge version versioning config configuration yaml promise npm jar package packaging import macro template build css jquery tooling cabal classpath
stupid > big fast simple easy long large small cheap slow hard expensive
wtf > types type versions version namespace library lib string strings vector vectors class classes
freaking freakin > out
suck sucks sucked sucking > out in into down
sucker > punch punches punched
evil > maid twin user users attacker attackers actor actors server servers host hosts client site page app input payload bit
idiot moron > proof
hate hates < i'd id would we'd
hate > to
crazy insane > fast quick quickly good cool useful helpful
loser losers < or and winner winners
ass asses < please pls to will i'll we'll can can't cannot could should also then status just i we
terribly horribly > sorry important different interested
asses > a an the this that result results whether if how
nasty > bug bugs race side error errors crash crashes corner edge issue issues problem surprise gotcha leak leaks trap
hell > o
ass > a an the this that these those some more it them error errors test tests docstring docstrings comment comments support check checks parameter parameters option options field fields value values line lines
ugh > a
`;

export const LEXICON: ReadonlyMap<string, LexiconEntry> = (() => {
  const map = new Map<string, LexiconEntry>();
  parseTable('profanity', PROFANITY_TABLE, map);
  parseTable('insult', INSULT_TABLE, map);
  parseTable('dislike', DISLIKE_TABLE, map);
  addHarmless(HARMLESS_TABLE, map);
  return map;
})();

/** Swear words disguised with symbols or stretched letters: f*ck, f**k, sh!t, fuuuck, daaamn. */
export const OBFUSCATED_PROFANITY =
  /^(?:f[u*@#!][c*@#!]?[k*]+(?:ing|in|ed|er|s)?|f\*{2,}(?:ing)?|fcking|fkin|fking|sh[!*1i@#][t*]+(?:ty|s)?|s\*{2,}t|d[a@*]mn(?:it)?|c[r*][a@*]p(?:py)?|a[s$*]{2}(?:hole)?|b[i!*1][t*]ch)$/;

/** Words that contain a swear word whatever surrounds it ("clusterfuck", "bullshitting"). */
export const PROFANE_STEMS = ['fuck', 'shit'] as const;

/** How a shaped insult has to be used before it counts as one. */
export interface ShapedInsult {
  rewrite?: string;
  /** Only as a verdict after "is/so/too…" or before a judged noun: "this is dumb", not "a dumb pipe". */
  predicative?: boolean;
  /** Only aimed at a person: "don't be lazy", "you're useless", "lazy developer"; never "lazy loading". */
  personOnly?: boolean;
  /** Also a verdict after "this/all this/some": "get rid of all this junk". */
  demonstrative?: boolean;
}

/**
 * Insults whose plain sense is technical or mild, so they flag only in a judging shape ("this is garbage", "garbage
 * code", "you're lazy", "dumb developers"), never in "garbage collection", "lazy loading", "junk bytes", "a dumb
 * pipe" or "this check is useless".
 */
export const SHAPED_INSULTS: ReadonlyMap<string, ShapedInsult> = new Map<string, ShapedInsult>([
  ['garbage', { rewrite: 'not usable' }],
  ['trash', { rewrite: 'not usable', demonstrative: true }],
  ['junk', { rewrite: 'clutter', demonstrative: true }],
  ['sloppy', { rewrite: 'rushed' }],
  ['dumb', { rewrite: 'confusing', personOnly: true }],
  ['nonsense', { rewrite: 'unclear to me', predicative: true }],
  ['lazy', { rewrite: 'rushed', personOnly: true }],
  ['useless', { rewrite: 'not helpful', personOnly: true }],
  ['worthless', { rewrite: 'not helpful', personOnly: true }],
  ['pointless', { rewrite: 'unnecessary', personOnly: true }],
  ['fool', {}],
  ['fools', {}],
  ['foolish', { rewrite: 'unwise' }],
]);

/** Words before a shaped insult that make it a judgement of the work: "is garbage", "such junk", "total trash". */
export const JUDGING_BEFORE = words(
  "is are was were been 's that's it's looks like such what total complete utter absolute pure of you you're youre u",
);

/** Demonstratives that also make a verdict of "junk"/"trash" ("all this junk"), but not of "garbage" (data). */
export const DEMONSTRATIVES = words('this that these those some all');

/** Words before a predicative-only insult that make it a verdict: "is dumb", "so dumb", "looks dumb". */
export const VERDICT_BEFORE = words(
  "is are was were be been 's that's it's looks look like seems so too very really pretty plain just how kinda complete total " +
    'utter pure absolute such totally completely utterly absolutely',
);

/** Words before a person-only insult that aim it at someone: "you're useless", "you lazy…". */
export const PERSON_BEFORE = words("you you're youre u ur");

/** People a person-only insult can be aimed at. */
export const PERSON_NOUNS = words(
  'person people developer developers dev devs coder coders programmer programmers engineer engineers reviewer ' +
    'reviewers guy guys team author authors admin admins contributor contributors boy dude ass',
);

/** Words after a shaped insult that show it is about someone's work: "garbage code", "dumb idea". */
export const WORK_NOUNS = words(
  'code patch patches change changes pr commit commits implementation design idea ideas approach solution logic ' +
    'review reviews naming name names decision decisions work attempt excuse answer way',
);

/** Subjects whose "is garbage/junk" is a technical fact about data, not a judgement ("the value is garbage"). */
export const DATA_NOUNS = words(
  'value values memory data result results output buffer buffers contents content string pointer pointers ' +
    'byte bytes bits field fields register registers stack heap response payload input',
);

/** Words after a shaped insult that keep its technical sense. */
export const TECHNICAL_AFTER = words(
  'collection collections collector collectors collect collected collecting collects gc value values data bytes ' +
    'characters chars output memory in out pointer pointers loading load loaded loader evaluation eval init ' +
    'initialization initialisation initialized instantiation import imports iterator iterators singleton fetch ' +
    'fetching binding bindings mode property properties attribute attributes sequence list creation compile ' +
    'compiled val static parsing parse mail email folder can bin bins file files variable variables assignment ' +
    'check checks cast casts the it them him her us into around a an this that our their people users compiler ' +
    'linter tools proof',
);

/** First-person words: an insult whose nearest pronoun is one of these is the writer talking about themselves. */
export const FIRST_PERSON = words("i i'm im i've i'd i'll me my myself mine ive");

/** Pronouns and determiners that point an insult at someone or something else. */
export const OTHER_POINTERS = words(
  "you you're youre your yours u ur he she they them his her their this that these those the it it's its " +
    "whoever someone somebody everyone anyone author authors we're we our us they're what",
);

/** What a self-deprecating writer calls their own remark: "dumb question", "silly nit". */
export const OWN_REMARKS = words('question questions q qs query nit nits nitpick nitpicks thought remark musing');

/** Remarks that are the writer's own unless pointed elsewhere: "just a silly idea" vs "that's a silly idea". */
export const SOFT_REMARKS = words('idea suggestion concern guess tweak comment opinion proposal example');

/** Mistake words: "my dumb mistake", "silly typo". Without "you/your" in the sentence they are owned up to. */
export const MISTAKE_WORDS = words('mistake mistakes typo typos error errors oversight slip thinko brainfart');

/**
 * Words that own up to a slip near the insult: "Sorry for being stupid", "Oops, that was dumb", "That was silly,
 * fixed.", "please ignore this silly bit". In a review reply these come from the author about their own code.
 */
export const APOLOGY_WORDS = words('sorry oops opps oups oopsie apologies apologize apologise whoops facepalm doh');

/** Owning up in a past-tense frame only: "That was silly, fixed." (but not "this is ugly and needs to be fixed"). */
export const FIXED_WORDS = words('fixed fixing ignore disregard');

/** Words right before an insult that soften or negate it: "not stupid", "less ugly", "something silly". */
export const SOFTENING_BEFORE = words(
  "not isn't wasn't aren't weren't never less something anything nothing don't doesn't didn't no",
);

/** Verbs of judging: in "I find this ugly" / "I think X is dumb" the "I" judges something else. */
export const JUDGING_VERBS = words(
  'find found think thought consider considered believe guess agree say said mean know knew see saw call called ' +
    'prefer suspect suppose bet wonder',
);

/** "my bad", "my fault", "on my part", "from my side". */
export const OWNING_AFTER_MY = words('bad fault mistake part side');

/** Acronyms and constant-like words that are not shouting. */
export const TECH_CAPS = words(
  'api apis http https html css json xml yaml toml csv sql db id ids ui ux url urls uri io os cpu gpu ram ' +
    'rom ssd usb pr prs ci cd todo fixme nb ps fyi tldr lgtm ptal sgtm wip nit imo imho afaik iirc ack nack ' +
    'ok null nil true false and or not xor none eof utf ascii tcp udp ip dns tls ssl ssh rpc grpc rest aws gcp ' +
    'jwt sdk cli gui ide vm vms mb gb kb tb ms us ns utc iso rfc posix gnu gpl mit bsd readme changelog license ' +
    'makefile dockerfile get post put patch delete head options must should may shall required optional ' +
    'recommended cl cls qa mvp poc eta asap rca sla slo kpi okr',
);

/** Common English words: a run of capitals made of these is a sentence in caps, not an acronym list. */
export const COMMON_CAPS_WORDS = words(
  "this that is are was were be it its it's you your you're we i do does did don't doesn't didn't not no never " +
    'always why what how who stop please again wrong the a an to of in on for with all every everything nothing ' +
    "just here there now can can't cannot will won't would should must have has had so very really i'm me my",
);

/**
 * Signs that a comment proposes an alternative ("how about", "consider", "could we"). Together with enough words
 * to explain itself, they mark a mild judgement of an unnamed thing as describing what would be replaced
 * (targets.ts mildLandsOnChange); judgements pointed at the change or the reader are not excused by them.
 */
export const SUGGESTION =
  /\b(?:please|could|consider|maybe|perhaps|how\s+about|instead|suggest|i'd|why\s+not|would\s+be\s+(?:better|nicer|cleaner)|prefer|can\s+we|can\s+you|let's|should)\b/;

/** Prose words a comment needs before it counts as explaining itself. */
export const EXPLAINED_WORDS = 20;

/** Positive words that make "!!!" friendly rather than shouted. */
export const CHEERFUL_WORDS = words(
  'thanks thank thx ty great nice awesome love loving amazing excellent congrats congratulations cool yay wow ' +
    'perfect brilliant fantastic wonderful well done welcome glad happy good lgtm sweet neat kudos bravo improvement ' +
    'finally works working green yes yesss yay woohoo hooray shipped merged fixed faster love',
);
