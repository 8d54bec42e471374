// Every action of the app, named once: the command palette lists them, the help panel
// shows their shortcuts, and the window's key handler runs them.

import { VERDICTS, type Claim, type Id, type Source } from '../../shared/model';
import { VERDICT_SCALE } from '../../shared/scales';
import { plural, truncate } from '../lib/format';
import { isMac } from '../lib/keys';
import type { Shortcut } from '../lib/shortcut';
import { caseState } from './case.svelte';
import { desk } from './desk.svelte';
import { panes } from './panes.svelte';
import { selection } from './selection.svelte';
import { suggestions } from './suggestions.svelte';
import { ui } from './ui.svelte';

export interface Command {
  id: string;
  label: string;
  group: 'Claims' | 'Verdict' | 'Edit' | 'Articles' | 'Case' | 'Help';
  shortcuts: Shortcut[];
  enabled: boolean;
  run: () => void;
}

/** Asks first, saying what goes with the claim. */
export async function deleteClaimAsking(claim: Claim): Promise<void> {
  const appearances = caseState.appearancesByClaim.get(claim.id)?.length ?? 0;
  const evidence = caseState.evidenceByClaim.get(claim.id)?.length ?? 0;
  const parts = [plural(appearances, 'highlight'), plural(evidence, 'evidence link')];
  const ok = await ui.ask(
    'Delete claim?',
    `“${truncate(claim.statement, 120)}” will be deleted with its ${parts.join(' and ')}.`,
    'Delete',
  );
  if (ok) await caseState.deleteClaim(claim.id);
}

/** Asks first when evidence cites the source, saying how many links go with it. */
export async function deleteSourceAsking(source: Source): Promise<boolean> {
  const cited = (caseState.data?.evidence ?? []).filter((e) => e.sourceId === source.id).length;
  const ok = await ui.ask(
    'Delete source?',
    cited
      ? `“${source.title}” is cited as evidence ${cited === 1 ? 'once' : `${cited} times`}; ${cited === 1 ? 'that link goes' : 'those links go'} with it.`
      : `“${source.title}” will be deleted.`,
    'Delete',
  );
  return ok && caseState.deleteSource(source.id);
}

/**
 * The claims of the focused article in reading order, or every claim when no article
 * is open: J and K walk through them as a reader does.
 */
function claimsInReadingOrder(): Id[] {
  const articleId = panes.focusedArticleId;
  if (!articleId) return caseState.claims.map((claim) => claim.id);
  const here = (caseState.appearanceWords[articleId] ?? []).filter((a) => a.status !== 'orphaned');
  const ordered = here.toSorted((a, b) => a.selector.position.start - b.selector.position.start).map((a) => a.claimId);
  return [...new Set(ordered)];
}

/** The recent cases other than the open one, to open from the palette. */
const recentCaseCommands = (): Command[] =>
  (desk.state?.recent ?? [])
    .filter((entry) => entry.dir !== desk.open?.dir)
    .map((entry) => ({
      id: `open-recent:${entry.dir}`,
      label: `Open recent case: ${entry.name} (${entry.dir})`,
      group: 'Case',
      shortcuts: [],
      enabled: desk.state?.canSwitch ?? false,
      run: () => void desk.openCase(entry.dir),
    }));

function stepClaim(step: 1 | -1): void {
  const order = claimsInReadingOrder();
  if (order.length === 0) return;
  const at = caseState.selectedClaimId ? order.indexOf(caseState.selectedClaimId) : -1;
  const next = at < 0 ? (step === 1 ? order[0] : order.at(-1)) : order[(at + step + order.length) % order.length];
  if (next) caseState.selectClaim(next, { reveal: true });
}

/** Verdict keys: 0 for unrated, then 1–8 in the scale's order. */
const verdictCommands = (claim: Claim | null): Command[] =>
  VERDICTS.map((verdict, index) => ({
    id: `verdict:${verdict}`,
    label: `Set verdict: ${VERDICT_SCALE[verdict].label}`,
    group: 'Verdict',
    shortcuts: [{ key: String(index) }],
    enabled: claim !== null && claim.verdict !== verdict,
    run: () => claim && void caseState.updateClaim(claim.id, { verdict }),
  }));

class Commands {
  /** Runs a command by its id when it is enabled; buttons that repeat a command call this. */
  run(id: string): void {
    this.all.find((command) => command.id === id && command.enabled)?.run();
  }

  readonly all = $derived.by((): Command[] => {
    const open = caseState.data !== null;
    const claim = caseState.selectedClaim;
    const articleId = panes.focusedArticleId;
    const article = articleId ? (caseState.articlesById.get(articleId) ?? null) : null;
    return [
      {
        id: 'tag',
        label: 'Tag selection as claim',
        group: 'Claims',
        shortcuts: [{ key: 't' }, { key: 'Enter', mod: true }],
        enabled: open && selection.active,
        run: () => void caseState.tagSelection(),
      },
      {
        id: 'add-appearance',
        label: 'Add selection to a claim…',
        group: 'Claims',
        shortcuts: [{ key: 'a' }],
        enabled: open && selection.active && caseState.claims.length > 0,
        run: () => {
          const passage = caseState.selectedPassage();
          if (passage) ui.claimPicker = passage;
        },
      },
      {
        id: 'link-passage',
        label: 'Link selection as evidence for the selected claim…',
        group: 'Claims',
        shortcuts: [{ key: 'e' }],
        enabled: claim !== null && selection.active,
        run: () => {
          const passage = caseState.selectedPassage();
          if (claim && passage) ui.openEvidenceForm(claim.id, null, passage);
        },
      },
      { id: 'next-claim', label: 'Next claim', group: 'Claims', shortcuts: [{ key: 'j' }], enabled: open, run: () => stepClaim(1) },
      { id: 'previous-claim', label: 'Previous claim', group: 'Claims', shortcuts: [{ key: 'k' }], enabled: open, run: () => stepClaim(-1) },
      {
        id: 'link-source',
        label: 'Link a source to the selected claim…',
        group: 'Claims',
        shortcuts: [{ key: 'l' }],
        enabled: claim !== null,
        run: () => claim && ui.openEvidenceForm(claim.id),
      },
      {
        id: 'delete-claim',
        label: 'Delete the selected claim…',
        group: 'Claims',
        shortcuts: [],
        enabled: claim !== null,
        run: () => claim && void deleteClaimAsking(claim),
      },
      ...verdictCommands(claim),
      {
        id: 'undo',
        label: caseState.undoState.undo ? `Undo: ${caseState.undoState.undo}` : 'Undo',
        group: 'Edit',
        shortcuts: [{ key: 'z', mod: true, notInTextFields: true }],
        enabled: caseState.undoState.undo !== null,
        run: () => void caseState.travel('undo'),
      },
      {
        id: 'redo',
        label: caseState.undoState.redo ? `Redo: ${caseState.undoState.redo}` : 'Redo',
        group: 'Edit',
        shortcuts: [
          { key: 'z', mod: true, shift: true, notInTextFields: true },
          ...(isMac ? [] : [{ key: 'y', mod: true, notInTextFields: true }]),
        ],
        enabled: caseState.undoState.redo !== null,
        run: () => void caseState.travel('redo'),
      },
      {
        id: 'history',
        label: 'History of changes',
        group: 'Case',
        shortcuts: [],
        enabled: open,
        run: () => (ui.history = { claimId: null }),
      },
      { id: 'new-case', label: 'New case…', group: 'Case', shortcuts: [], enabled: desk.state?.canSwitch ?? false, run: () => desk.choose('new') },
      { id: 'open-case', label: 'Open case…', group: 'Case', shortcuts: [], enabled: desk.state?.canSwitch ?? false, run: () => desk.choose('open') },
      ...recentCaseCommands(),
      { id: 'close-case', label: 'Close case', group: 'Case', shortcuts: [], enabled: open && (desk.state?.canSwitch ?? false), run: () => void desk.closeCase() },
      {
        id: 'case-settings',
        label: 'Case settings (name, analyst, methodology)…',
        group: 'Case',
        shortcuts: [{ key: ',', mod: true }],
        enabled: open,
        run: () => (ui.caseSettings = true),
      },
      { id: 'import', label: 'Import files…', group: 'Articles', shortcuts: [{ key: 'o', mod: true }], enabled: open, run: () => ui.pickFiles() },
      { id: 'import-folder', label: 'Import a folder…', group: 'Articles', shortcuts: [], enabled: open, run: () => ui.pickFolder() },
      {
        id: 'import-annotations',
        label: 'Import annotations (W3C, Hypothesis)…',
        group: 'Articles',
        shortcuts: [],
        enabled: open,
        run: () => ui.pickAnnotations(),
      },
      { id: 'paste', label: 'Paste an article…', group: 'Articles', shortcuts: [], enabled: open, run: () => ui.openPaste() },
      {
        id: 'split',
        label: 'Open this article in a new pane',
        group: 'Articles',
        shortcuts: [{ key: '\\', mod: true }],
        enabled: articleId !== null && panes.canSplit,
        run: () => articleId && caseState.openArticle(articleId, 'new'),
      },
      {
        id: 'close-tab',
        label: 'Close this tab',
        group: 'Articles',
        shortcuts: [{ key: 'w', mod: true }],
        enabled: articleId !== null,
        run: () => articleId && panes.closeTab(panes.focused, articleId),
      },
      {
        id: 'article-details',
        label: 'Edit article details…',
        group: 'Articles',
        shortcuts: [],
        enabled: article !== null,
        run: () => (ui.articleDetails = article),
      },
      { id: 'search', label: 'Search the case', group: 'Case', shortcuts: [{ key: 'f', mod: true }], enabled: open, run: () => ui.focusSearch() },
      { id: 'add-source', label: 'Add a source…', group: 'Case', shortcuts: [], enabled: open, run: () => ui.openSourceForm() },
      {
        id: 'report-preview',
        label: 'Show or hide the report preview',
        group: 'Case',
        shortcuts: [{ key: 'p', mod: true, shift: true }],
        enabled: open,
        run: () => (ui.reportPreview = !ui.reportPreview),
      },
      {
        id: 'suggestions',
        label: 'Suggested claims…',
        group: 'Case',
        shortcuts: [],
        enabled: open && (caseState.data?.articles.length ?? 0) > 0,
        run: () => (ui.suggestionList = true),
      },
      {
        id: 'toggle-suggestions',
        label: 'Show or hide suggestions in this pane',
        group: 'Articles',
        shortcuts: [],
        enabled: open && panes.focusedArticleId !== null,
        run: () => suggestions.toggle(panes.focused),
      },
      { id: 'tags', label: 'Manage tags…', group: 'Case', shortcuts: [], enabled: open, run: () => (ui.tagManager = true) },
      { id: 'sources', label: 'Source library', group: 'Case', shortcuts: [], enabled: open, run: () => (ui.library = true) },
      {
        id: 'export',
        label: 'Export report…',
        group: 'Case',
        shortcuts: [{ key: 'e', mod: true }],
        enabled: open,
        run: () => (ui.exportDialog = true),
      },
      { id: 'palette', label: 'Command palette', group: 'Help', shortcuts: [{ key: 'k', mod: true }], enabled: true, run: () => (ui.palette = true) },
      { id: 'shortcuts', label: 'Keyboard shortcuts', group: 'Help', shortcuts: [{ key: '?' }], enabled: true, run: () => (ui.shortcuts = true) },
    ];
  });
}

export const commands = new Commands();
