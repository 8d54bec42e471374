// The open case as the UI sees it: the CaseData snapshot from the API, the article
// bodies loaded so far, what is selected, and whether every edit has reached the disk.
//
// Every change goes through the API first; the local snapshot is updated from what the
// API returns, never optimistically. When a call fails the snapshot is reloaded, so the
// screen never shows as saved something that is not on disk.

import { SvelteSet } from 'svelte/reactivity';
import type { AppearanceSummary, CaseSummary, Input } from '../../shared/api';
import type { UndoState } from '../../shared/undo-state';
import type { Appearance, Article, ArticleSummary, Claim, ClaimType, Evidence, Id, Passage, Source, TextPosition } from '../../shared/model';
import { orphansReplacedBy } from '../../shared/orphan-replacement';
import { sameTextAs } from '../../shared/same-text';
import { selectorFor } from '../../shared/selector';
import { api } from '../lib/api';
import { download } from '../lib/files';
import { plural } from '../lib/format';
import { panes } from './panes.svelte';
import { selection } from './selection.svelte';
import { messageOf, toasts } from './toasts.svelte';

export type SaveStatus = 'saving' | 'unsaved' | 'saved';

/** A request to scroll a pane to a claim's highlight, or to select a passage. */
export interface RevealRequest {
  articleId: Id;
  pane: number;
  claimId: Id | null;
  /** A passage to select (a search hit): the words are then ready to tag. */
  position: TextPosition | null;
}

type ClaimPatch = Input<'updateClaim'>['patch'];
type PastedDetails = NonNullable<Input<'importText'>['details']>;
type SourceFields = Input<'createSource'>;
type EvidenceInput = Input<'linkEvidence'>;
type EvidencePatch = Input<'updateEvidence'>['patch'];

function byCreatedAt<T extends { createdAt: string }>(a: T, b: T): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

const NONE: readonly never[] = Object.freeze([]);

function byId<T extends { id: Id }>(items: readonly T[]): Map<Id, T> {
  // Built afresh inside a $derived and never mutated afterwards: no reactivity needed.
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => Id): Map<Id, T[]> {
  // Built afresh inside a $derived and never mutated afterwards: no reactivity needed.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const map = new Map<Id, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** How often the app looks for edits made from the command line: soon enough to feel live, rare enough to cost nothing. */
const OUTSIDE_EDITS_POLL_MS = 2_000;

/** Sorts each group by creation: a few items each, rather than the whole collection at once. */
function sortEach<T extends { createdAt: string }>(groups: Map<Id, T[]>): Map<Id, T[]> {
  for (const group of groups.values()) group.sort(byCreatedAt);
  return groups;
}

class CaseState {
  /** The case without article bodies nor the appearances' words; replaced, never mutated in place. */
  data = $state.raw<CaseSummary | null>(null);
  loading = $state(true);
  loadError = $state<string | null>(null);
  /** Article bodies by id. Articles never change, so a loaded one stays valid. */
  articles = $state.raw<Record<Id, Article>>({});
  /** Why an article's body could not be loaded, by article id. */
  articleErrors = $state.raw<Record<Id, string>>({});
  /**
   * The appearances of the articles shown, with their words (highlights, quotes), by
   * article id: loaded with the article, taken afresh whenever the case is.
   */
  appearanceWords = $state.raw<Record<Id, readonly Appearance[]>>({});
  selectedClaimId = $state<Id | null>(null);
  reveal = $state.raw<RevealRequest | null>(null);
  /** The claim whose statement field should take focus when the inspector shows it. */
  focusStatementOf = $state<Id | null>(null);
  /** Bumped when the snapshot is reloaded after an error: editors start again from it. */
  revision = $state(0);
  /** API calls that change the case and have not answered yet. */
  pending = $state(0);
  importing = $state(0);
  /** What Undo and Redo would do now, as the case service says. */
  undoState = $state.raw<UndoState>({ undo: null, redo: null });
  /** Fields being typed in and not yet committed (they save on change/blur). */
  readonly dirty = new SvelteSet<string>();

  // Each collection on its own: an edit replaces only the collections it changes, so
  // the lookups over the others are not built again (a claim's verdict leaves the
  // 50,000 appearances of a desk-scale case alone).
  readonly allArticles = $derived(this.data?.articles ?? NONE);
  readonly allAppearances = $derived(this.data?.appearances ?? NONE);
  readonly allSources = $derived(this.data?.sources ?? NONE);
  readonly allEvidence = $derived(this.data?.evidence ?? NONE);
  readonly allTags = $derived(this.data?.tags ?? NONE);
  readonly #allClaims = $derived(this.data?.claims ?? NONE);

  /** Oldest first. */
  readonly claims = $derived(this.#allClaims.toSorted(byCreatedAt));
  /** Where each claim is in `claims`: the order highlights are layered in. */
  readonly claimOrder = $derived(new Map(this.claims.map((claim, index) => [claim.id, index])));
  readonly claimsById = $derived(byId(this.#allClaims));
  readonly sourcesById = $derived(byId(this.allSources));
  readonly articlesById = $derived(byId(this.allArticles));
  /** Per article, the others with the same words (the same story in another format). */
  readonly sameText = $derived(sameTextAs(this.allArticles));
  readonly appearancesByClaim = $derived(groupBy(this.allAppearances, (a) => a.claimId));
  readonly appearancesByArticle = $derived(groupBy(this.allAppearances, (a) => a.articleId));
  /** Each claim's evidence, oldest first. */
  readonly evidenceByClaim = $derived(sortEach(groupBy(this.allEvidence, (e) => e.claimId)));

  /** The article shown in the focused pane. */
  get selectedArticleId(): Id | null {
    return panes.focusedArticleId;
  }

  get selectedClaim(): Claim | null {
    return this.selectedClaimId ? (this.claimsById.get(this.selectedClaimId) ?? null) : null;
  }

  get selectedArticleSummary(): ArticleSummary | null {
    return this.selectedArticleId ? (this.articlesById.get(this.selectedArticleId) ?? null) : null;
  }

  /** The open article's body, once loaded. */
  get article(): Article | null {
    return this.selectedArticleId ? (this.articles[this.selectedArticleId] ?? null) : null;
  }

  get status(): SaveStatus {
    if (this.pending > 0) return 'saving';
    if (this.dirty.size > 0) return 'unsaved';
    return 'saved';
  }

  // ------------------------------------------------------------ loading

  async load(): Promise<void> {
    this.loading = true;
    this.loadError = null;
    try {
      this.data = await api.getCaseSummary({});
      await this.#refreshUndo();
      this.#watchOutsideEdits();
      panes.restore(this.data.layout, new Set(this.articlesById.keys()));
      for (const id of panes.shown) void this.loadArticle(id);
      const first = this.data.articles[0];
      if (!this.selectedArticleId && first) this.openArticle(first.id);
      requestIdleCallback(() => this.#buildLookups());
    } catch (error) {
      this.loadError = messageOf(error);
    } finally {
      this.loading = false;
    }
  }

  /**
   * Builds the lookups the inspector needs while the analyst reads, rather than when
   * the first claim is selected: a case of 50,000 claims takes a moment to index.
   */
  #buildLookups(): void {
    void this.claimsById;
    void this.appearancesByClaim;
    void this.evidenceByClaim;
    void this.sourcesById;
  }

  /** Replaces the snapshot with what is on disk, dropping selections that are gone. */
  async reload(): Promise<void> {
    try {
      this.data = await api.getCaseSummary({});
      if (this.selectedClaimId && !this.claimsById.has(this.selectedClaimId)) this.selectedClaimId = null;
      for (const pane of panes.layout.panes) {
        for (const id of pane.tabs) if (!this.articlesById.has(id)) panes.forget(id);
      }
      this.#refreshWords();
    } catch (error) {
      toasts.error(`Could not reload the case: ${messageOf(error)}`);
    } finally {
      this.dirty.clear();
      this.revision++;
    }
  }

  /**
   * Runs one call that changes the case: counts it as in flight for the save status;
   * on failure shows the message and reloads the case, so nothing unsaved is left on
   * screen (`reload: false` for calls that change nothing when they fail, like an
   * import). Undefined when it failed.
   */
  async #write<T>(call: () => Promise<T>, { reload = true } = {}): Promise<T | undefined> {
    this.pending++;
    try {
      const result = await call();
      void this.#refreshUndo();
      return result;
    } catch (error) {
      toasts.error(messageOf(error));
      if (reload) await this.reload();
      return undefined;
    } finally {
      this.pending--;
    }
  }

  /** Takes the case as the API now has it, for edits whose effects reach beyond what they return. */
  async #refetch(): Promise<void> {
    try {
      this.data = await api.getCaseSummary({});
      this.#refreshWords();
    } catch (error) {
      toasts.error(`Could not reload the case: ${messageOf(error)}`);
    }
  }

  async #refreshUndo(): Promise<void> {
    try {
      [this.undoState, this.#knownRevision] = await Promise.all([api.getUndoState({}), api.getRevision({}).then((r) => r.revision)]);
    } catch {
      this.undoState = { undo: null, redo: null };
    }
  }

  /** The case's revision as of the last load or edit made here. */
  #knownRevision: number | null = null;
  #watching = false;

  /**
   * Edits made through the app from the command line (which goes through the app while
   * it has the case open) are shown within a moment, and can be undone here.
   */
  #watchOutsideEdits(): void {
    if (this.#watching) return;
    this.#watching = true;
    setInterval(async () => {
      if (this.pending > 0 || this.#knownRevision === null || document.hidden) return;
      const { revision } = await api.getRevision({}).catch(() => ({ revision: this.#knownRevision }));
      if (revision === this.#knownRevision || this.pending > 0) return;
      await this.reload();
      await this.#refreshUndo();
    }, OUTSIDE_EDITS_POLL_MS);
  }

  /** Undoes or redoes the last edit of the session, then shows the case as it now is on disk. */
  async travel(direction: 'undo' | 'redo'): Promise<void> {
    const result = await this.#write(() => (direction === 'undo' ? api.undo({}) : api.redo({})));
    if (!result) return;
    await this.reload();
    toasts.info(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${result.done}.`);
  }

  #update(change: (data: CaseSummary) => Partial<CaseSummary>): void {
    if (this.data) this.data = { ...this.data, ...change(this.data) };
  }

  /** Changes the words held for the articles loaded; an article not loaded yet takes them all when it is. */
  #updateWords(change: (appearances: readonly Appearance[]) => readonly Appearance[]): void {
    this.#wordsChanged++;
    this.appearanceWords = Object.fromEntries(Object.entries(this.appearanceWords).map(([id, list]) => [id, change(list)]));
  }

  #addWords(appearance: Appearance): void {
    this.#wordsChanged++;
    const loaded = this.appearanceWords[appearance.articleId];
    if (loaded) this.appearanceWords = { ...this.appearanceWords, [appearance.articleId]: [...loaded, appearance] };
  }

  /** An appearance with its words, once its article's are loaded. */
  wordsOf(appearance: AppearanceSummary): Appearance | undefined {
    return this.appearanceWords[appearance.articleId]?.find((a) => a.id === appearance.id);
  }

  /** Loads the words of an article's appearances, once (one request at a time); `fresh` takes them again. */
  loadAppearances(articleId: Id, { fresh = false } = {}): Promise<void> {
    const inFlight = this.#loadingWords.get(articleId);
    if (!fresh && (inFlight || this.appearanceWords[articleId])) return inFlight ?? Promise.resolve();
    const changed = this.#wordsChanged;
    const loading = api
      .getArticleAppearances({ articleId })
      .then((appearances) => {
        // An edit answered while this was on its way: the answer may predate it, so ask again.
        if (changed !== this.#wordsChanged) return this.loadAppearances(articleId, { fresh: true });
        this.appearanceWords = { ...this.appearanceWords, [articleId]: appearances };
      })
      .catch((error: unknown) => {
        toasts.error(`Could not load the claims marked in the article: ${messageOf(error)}`);
      })
      .finally(() => {
        if (this.#loadingWords.get(articleId) === loading) this.#loadingWords.delete(articleId);
      });
    this.#loadingWords.set(articleId, loading);
    return loading;
  }

  /** Word loads in flight, by article, and a count of local changes to the words: plain bookkeeping, nothing renders from them. */
  readonly #loadingWords = new Map<Id, Promise<void>>();
  #wordsChanged = 0;

  /**
   * After the case is taken afresh (an undo, a tag merged, an import), the words held
   * may be stale: take them again for the articles shown and the selected claim's, and
   * drop the others. The old ones stay on screen until the new ones arrive.
   */
  #refreshWords(): void {
    const tabs = panes.layout.panes.flatMap((pane) => pane.tabs);
    const keep = new Set([...tabs, ...(this.selectedClaimId ? (this.appearancesByClaim.get(this.selectedClaimId) ?? []) : []).map((a) => a.articleId)]);
    this.appearanceWords = Object.fromEntries(Object.entries(this.appearanceWords).filter(([id]) => keep.has(id)));
    for (const id of keep) if (this.articlesById.has(id)) void this.loadAppearances(id, { fresh: true });
  }

  // ------------------------------------------------------------ articles

  /** Shows an article in a pane: the focused one, a given one, or a new one on the right. */
  openArticle(id: Id, where: number | 'new' = panes.focused): void {
    if (selection.current?.articleId !== id) selection.clear();
    if (where === 'new') panes.openInNewPane(id);
    else panes.open(id, where);
    void this.loadArticle(id);
  }

  /** Fetches an article's body once; articles never change, so it stays valid. */
  async loadArticle(id: Id): Promise<void> {
    void this.loadAppearances(id);
    if (this.articles[id]) return;
    const { [id]: _previous, ...errors } = this.articleErrors;
    this.articleErrors = errors;
    try {
      const article = await api.getArticle({ id });
      this.articles = { ...this.articles, [id]: article };
    } catch (error) {
      this.articleErrors = { ...this.articleErrors, [id]: messageOf(error) };
      toasts.error(messageOf(error));
    }
  }

  /** Corrects an article's metadata; the loaded body takes the new fields too. */
  async updateArticle(id: Id, patch: Input<'updateArticle'>['patch']): Promise<Article | undefined> {
    const article = await this.#write(() => api.updateArticle({ id, patch }));
    if (article) this.addArticle(article);
    return article;
  }

  /** Puts a newly imported article into the snapshot and the body cache. */
  addArticle(article: Article): void {
    const { doc: _doc, ...summary } = article;
    this.articles = { ...this.articles, [article.id]: article };
    this.#update((d) => ({
      articles: d.articles.some((a) => a.id === article.id)
        ? d.articles.map((a) => (a.id === article.id ? summary : a))
        : [...d.articles, summary],
    }));
  }

  async importText(text: string, title: string | null, details?: PastedDetails): Promise<boolean> {
    return this.#importPasted(() => api.importText({ text, title, ...(details ? { details } : {}) }));
  }

  /** Pasted rich text: the HTML goes through the same sanitizing import as a web page. */
  async importHtml(html: string, title: string | null, details?: PastedDetails): Promise<boolean> {
    return this.#importPasted(() => api.importHtml({ html, title, ...(details ? { details } : {}) }));
  }

  async #importPasted(call: () => Promise<Article>): Promise<boolean> {
    this.importing++;
    const article = await this.#write(call, { reload: false }).finally(() => this.importing--);
    if (!article) return false;
    this.addArticle(article);
    this.openArticle(article.id);
    return true;
  }

  // ------------------------------------------------------------ claims

  /**
   * Shows a claim in the inspector. With reveal, also opens the article of its first
   * appearance (or keeps the open one if the claim appears there) and scrolls to it.
   */
  selectClaim(id: Id | null, options: { reveal?: boolean } = {}): void {
    this.selectedClaimId = id;
    if (!id || !options.reveal) return;
    const appearances = (this.appearancesByClaim.get(id) ?? []).filter((a) => a.status !== 'orphaned');
    const here = appearances.find((a) => panes.paneShowing(a.articleId) >= 0);
    const target = here ?? appearances[0];
    if (!target) return;
    this.revealAppearance(target);
  }

  /** Scrolls to an appearance in the pane that shows its article, or opens it in the focused pane. */
  revealAppearance(appearance: AppearanceSummary): void {
    this.selectedClaimId = appearance.claimId;
    const pane = this.#paneFor(appearance.articleId);
    this.reveal = { articleId: appearance.articleId, pane, claimId: appearance.claimId, position: null };
  }

  /**
   * Opens an article at a passage and selects it (or at its top, without a position).
   * `beside` opens it in a pane of its own when it is not shown yet, as a cited passage
   * is read next to the claim.
   */
  revealPassage(articleId: Id, position: TextPosition | null, { beside = false } = {}): void {
    if (beside && panes.paneShowing(articleId) < 0 && panes.canSplit) this.openArticle(articleId, 'new');
    const pane = this.#paneFor(articleId);
    this.reveal = { articleId, pane, claimId: null, position };
  }

  /** The pane already showing the article, else the focused pane, now showing it. */
  #paneFor(articleId: Id): number {
    const showing = panes.paneShowing(articleId);
    if (showing >= 0) return showing;
    this.openArticle(articleId);
    return panes.focused;
  }

  /** The words selected in a pane, as a passage to mark or to cite; null without a selection. */
  selectedPassage(): Passage | null {
    const current = selection.refresh();
    const article = current ? this.articles[current.articleId] : undefined;
    if (!current || !article) return null;
    return { articleId: article.id, selector: selectorFor(article.doc.text, current.start, current.end) };
  }

  /** Marks words (by default the selected ones) as one more place the claim is made. */
  async addAppearance(claimId: Id, passage = this.selectedPassage()): Promise<Appearance | undefined> {
    if (!passage) return undefined;
    const appearance = await this.#write(() => api.addAppearance({ claimId, ...passage }));
    if (!appearance) return undefined;
    selection.clear();
    // As the service did: marking the words again where they now are replaces the orphan.
    const replaced = new Set(orphansReplacedBy(this.data?.appearances ?? [], claimId, appearance.articleId));
    if (replaced.size) {
      this.#update((d) => ({ appearances: d.appearances.filter((a) => !replaced.has(a.id)) }));
      this.#updateWords((list) => list.filter((a) => !replaced.has(a.id)));
      toasts.success('The orphaned appearance is replaced by the words you marked.');
    }
    this.#update((d) => ({ appearances: [...d.appearances, appearance] }));
    this.#addWords(appearance);
    this.selectedClaimId = claimId;
    return appearance;
  }

  async deleteAppearance(id: Id): Promise<void> {
    const done = await this.#write(async () => {
      await api.deleteAppearance({ id });
      return true;
    });
    if (!done) return;
    this.#update((d) => ({ appearances: d.appearances.filter((a) => a.id !== id) }));
    this.#updateWords((list) => list.filter((a) => a.id !== id));
  }

  /** Tags the current article selection as a new claim and opens it in the inspector. */
  async tagSelection(): Promise<Claim | undefined> {
    const current = selection.refresh();
    if (!current) return undefined;
    const claim = await this.tagSpan(current.articleId, current.start, current.end);
    if (claim) selection.clear();
    return claim;
  }

  /** Tags the words [start, end) of an open article as a new claim, such as a suggested sentence with its type. */
  async tagSpan(articleId: Id, start: number, end: number, fields: { type?: ClaimType } = {}): Promise<Claim | undefined> {
    const article = this.articles[articleId];
    if (!article) return undefined;
    const selector = selectorFor(article.doc.text, start, end);
    const created = await this.#write(() => api.createClaim({ articleId, selector, ...fields }));
    if (!created) return undefined;
    this.#update((d) => ({
      claims: [...d.claims, created.claim],
      appearances: [...d.appearances, created.appearance],
    }));
    this.#addWords(created.appearance);
    this.focusStatementOf = created.claim.id;
    this.selectedClaimId = created.claim.id;
    return created.claim;
  }

  async updateClaim(id: Id, patch: ClaimPatch): Promise<void> {
    const claim = await this.#write(() => api.updateClaim($state.snapshot({ id, patch })));
    if (!claim) return;
    this.#update((d) => ({
      // Answers can overtake each other; the later edit wins.
      claims: d.claims.map((c) => (c.id === claim.id && c.updatedAt <= claim.updatedAt ? claim : c)),
    }));
  }

  async deleteClaim(id: Id): Promise<void> {
    const done = await this.#write(async () => {
      await api.deleteClaim({ id });
      return true;
    });
    if (!done) return;
    if (this.selectedClaimId === id) this.selectedClaimId = null;
    this.#update((d) => ({
      claims: d.claims.filter((c) => c.id !== id),
      appearances: d.appearances.filter((a) => a.claimId !== id),
      evidence: d.evidence.filter((e) => e.claimId !== id),
    }));
    this.#updateWords((list) => list.filter((a) => a.claimId !== id));
  }

  /** The analyst checked an approximate re-anchoring: the placement is right. */
  async confirmAppearance(id: Id): Promise<void> {
    const appearance = await this.#write(() => api.confirmAppearance({ id }));
    if (!appearance) return;
    this.#update((d) => ({ appearances: d.appearances.map((a) => (a.id === appearance.id ? appearance : a)) }));
    this.#updateWords((list) => list.map((a) => (a.id === appearance.id ? appearance : a)));
  }

  /** Moves an appearance a new version orphaned onto the words that replaced its own, and shows it there. */
  async moveOrphan(id: Id): Promise<boolean> {
    const appearance = await this.#write(() => api.moveOrphan({ id }), { reload: false });
    if (!appearance) return false;
    this.#update((d) => ({ appearances: d.appearances.map((a) => (a.id === appearance.id ? appearance : a)) }));
    this.#updateWords((list) => list.map((a) => (a.id === appearance.id ? appearance : a)));
    this.revealAppearance(appearance);
    return true;
  }

  // ------------------------------------------------------------ sources and evidence

  async saveSource(id: Id | null, fields: SourceFields): Promise<Source | undefined> {
    const input = $state.snapshot(fields);
    const source = await this.#write(() => (id ? api.updateSource({ id, patch: input }) : api.createSource(input)));
    if (!source) return undefined;
    this.#update((d) => ({
      sources: d.sources.some((s) => s.id === source.id)
        ? d.sources.map((s) => (s.id === source.id ? source : s))
        : [...d.sources, source],
    }));
    return source;
  }

  /** Adds the items of a CSL-JSON file (a Zotero export) to the library and says how it went. */
  async importSources(file: File): Promise<void> {
    const result = await this.#write(async () => api.importSources({ json: await file.text() }), { reload: false });
    if (!result) return;
    await this.#refetch();
    const { created, duplicates, failed } = result;
    const line = `${file.name}: ${plural(created.length, 'source')} added, ${plural(duplicates.length, 'duplicate')} left out`;
    if (failed.length === 0) toasts.success(`${line}.`);
    else toasts.error(`${line}, ${failed.length} failed: ${failed.slice(0, 3).map((f) => `item ${f.index + 1}, ${f.reason}`).join('; ')}${failed.length > 3 ? '…' : ''}`);
  }

  /** Claims from a W3C Web Annotation file (or a Hypothesis export) whose targets are articles of the case. */
  async importAnnotations(file: File): Promise<void> {
    const result = await this.#write(async () => api.importAnnotations({ json: await file.text() }), { reload: false });
    if (!result) return;
    await this.#refetch();
    const { counts } = result;
    const missed = counts['unmatched-target'] + counts['quote-not-found'] + counts['no-quote'];
    const line = `${file.name}: ${plural(result.claims, 'claim')} created from ${plural(counts.created, 'annotation')}`;
    const skipped = counts.duplicate ? `, ${counts.duplicate} already marked` : '';
    if (missed === 0) toasts.success(`${line}${skipped}.`);
    else {
      toasts.error(
        `${line}${skipped}; ${missed} not placed (${counts['unmatched-target']} on articles not in the case, ` +
          `${counts['quote-not-found']} whose words were not found, ${counts['no-quote']} without a quote).`,
      );
    }
  }

  /** The library as CSL-JSON, for Zotero and citation tools. */
  async exportSources(): Promise<void> {
    try {
      const file = await api.exportSources({});
      download(file);
      toasts.success(`Exported ${file.fileName}.`);
    } catch (error) {
      toasts.error(messageOf(error));
    }
  }

  async deleteSource(id: Id): Promise<boolean> {
    const done = await this.#write(async () => {
      await api.deleteSource({ id });
      return true;
    });
    if (!done) return false;
    // The store decides what happens to evidence citing the source: ask it.
    await this.reload();
    return true;
  }

  async linkEvidence(input: EvidenceInput): Promise<Evidence | undefined> {
    const evidence = await this.#write(() => api.linkEvidence($state.snapshot(input)));
    if (!evidence) return undefined;
    // A passage's article may have just become a source of the library.
    if (input.passage) await this.#refetch();
    else this.#update((d) => ({ evidence: [...d.evidence, evidence] }));
    return evidence;
  }

  async updateEvidence(id: Id, patch: EvidencePatch): Promise<Evidence | undefined> {
    const evidence = await this.#write(() => api.updateEvidence($state.snapshot({ id, patch })));
    if (!evidence) return undefined;
    this.#update((d) => ({ evidence: d.evidence.map((e) => (e.id === evidence.id ? evidence : e)) }));
    return evidence;
  }

  async unlinkEvidence(id: Id): Promise<void> {
    const done = await this.#write(async () => {
      await api.unlinkEvidence({ id });
      return true;
    });
    if (!done) return;
    this.#update((d) => ({ evidence: d.evidence.filter((e) => e.id !== id) }));
  }

  // ------------------------------------------------------------ tags

  /**
   * Runs one tag edit. Renaming, merging and deleting reach every claim carrying the tag,
   * so the case is taken afresh from the API afterwards. False when it failed.
   */
  async #tagEdit(call: () => Promise<unknown>): Promise<boolean> {
    const done = await this.#write(async () => {
      await call();
      return true;
    });
    if (done) await this.#refetch();
    return done === true;
  }

  createTag(name: string, color?: string): Promise<boolean> {
    return this.#tagEdit(() => api.createTag({ name, ...(color ? { color } : {}) }));
  }

  renameTag(name: string, newName: string): Promise<boolean> {
    return this.#tagEdit(() => api.updateTag({ name, patch: { name: newName } }));
  }

  recolourTag(name: string, color: string): Promise<boolean> {
    return this.#tagEdit(() => api.updateTag({ name, patch: { color } }));
  }

  mergeTags(from: string[], into: string): Promise<boolean> {
    return this.#tagEdit(() => api.mergeTags({ from, into }));
  }

  deleteTag(name: string): Promise<boolean> {
    return this.#tagEdit(() => api.deleteTag({ name }));
  }

  // ------------------------------------------------------------ workspace and report

  /** The case's name, the analyst who signs its changes, and its methodology. */
  async updateWorkspace(patch: Input<'updateWorkspace'>): Promise<boolean> {
    const workspace = await this.#write(() => api.updateWorkspace(patch));
    if (workspace) this.#update(() => ({ workspace }));
    return workspace !== undefined;
  }

}

export const caseState = new CaseState();
