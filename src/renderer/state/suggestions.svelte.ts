// Check-worthiness suggestions as the reader sees them: which panes show them, each open
// article's suggested sentences (fetched once; the service caches the scores), and the
// two things an analyst does with one: tag it as a claim, or dismiss it for good.

import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { Id } from '../../shared/model';
import type { Suggestion } from '../../shared/suggestions';
import { api } from '../lib/api';
import { caseState } from './case.svelte';
import { messageOf, toasts } from './toasts.svelte';

class SuggestionsState {
  /** Pane indices with the Suggestions toggle on. */
  readonly shownIn = new SvelteSet<number>();
  readonly #byArticle = new SvelteMap<Id, Suggestion[]>();
  #loading = new Set<Id>();

  isShown(pane: number): boolean {
    return this.shownIn.has(pane);
  }

  toggle(pane: number): void {
    if (!this.shownIn.delete(pane)) this.shownIn.add(pane);
  }

  /** The article's open suggestions, less any tagged since they were fetched; loads them on first call. */
  of(articleId: Id): Suggestion[] {
    const known = this.#byArticle.get(articleId);
    if (!known) {
      void this.#load(articleId);
      return [];
    }
    // The words of the article's appearances come with the article (see caseState.loadAppearances).
    const tagged = caseState.appearanceWords[articleId] ?? [];
    return known.filter(
      (suggestion) => !tagged.some(({ selector: { position } }) => position.start < suggestion.end && suggestion.start < position.end),
    );
  }

  /** Resolves with whether the claim was created. */
  async tag(suggestion: Suggestion): Promise<boolean> {
    await caseState.loadArticle(suggestion.articleId);
    const claim = await caseState.tagSpan(suggestion.articleId, suggestion.start, suggestion.end, { type: suggestion.type });
    return claim !== undefined;
  }

  /** Resolves with whether the dismissal was saved. */
  async dismiss(suggestion: Suggestion): Promise<boolean> {
    const { articleId, start, end } = suggestion;
    try {
      await api.dismissSuggestion({ articleId, start, end });
    } catch (error) {
      toasts.error(`Could not dismiss the suggestion: ${messageOf(error)}`);
      return false;
    }
    const known = this.#byArticle.get(articleId);
    if (known) this.#byArticle.set(articleId, known.filter((s) => s.start !== start || s.end !== end));
    return true;
  }

  async #load(articleId: Id): Promise<void> {
    if (this.#loading.has(articleId)) return;
    this.#loading.add(articleId);
    try {
      this.#byArticle.set(articleId, await api.getSuggestions({ articleId }));
    } catch (error) {
      toasts.error(`Could not score the sentences of this article: ${messageOf(error)}`);
    } finally {
      this.#loading.delete(articleId);
    }
  }
}

export const suggestions = new SuggestionsState();
