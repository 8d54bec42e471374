// Every action of the app, named once: the command palette lists them, the help panel
// shows their shortcuts, and the window's key handler runs them.

import { VERDICTS, type Claim, type Id, type Source } from '../../shared/model';
import { VERDICT_SCALE } from '../../shared/scales';
import { plural, truncate } from '../lib/format';
import { FOCUS_KEY, FOLD_INSPECTOR_KEY, FOLD_SIDEBAR_KEY } from '../lib/desk-keys';
import { isMac } from '../lib/keys';
import { describe, type Shortcut } from '../lib/shortcut';
import { caret } from './caret.svelte';
import { caseState } from './case.svelte';
import { desk } from './desk.svelte';
import { panes } from './panes.svelte';
import { selection } from './selection.svelte';
import { suggestions } from './suggestions.svelte';
import { syncState } from './sync.svelte';
import { toasts } from './toasts.svelte';
import { ui } from './ui.svelte';

export interface Command {
  id: string;
  label: string;
  group: 'Claims' | 'Verdict' | 'Edit' | 'Articles' | 'View' | 'Case' | 'Help';
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

const NOTHING_SELECTED = 'no words are selected. Select the words of a claim in an article’s text first.';

/**
 * True when the selected words can be used; otherwise says why nothing happened, and
 * that the inspector still shows the claim it showed, so no edit lands on it by mistake.
 */
function usableSelection(outcome: string): boolean {
  if (selection.refresh()) return true;
  const shown = caseState.selectedClaim;
  const still = shown ? ` The inspector still shows “${truncate(shown.statement, 60)}”.` : '';
  toasts.info(`${outcome}: ${selection.problem ?? NOTHING_SELECTED}${still}`);
  return false;
}

/** With the inspector folded away, a new claim would appear nowhere: say so, and how to see it. */
function sayWhereIfInspectorHidden(claim: Claim | undefined): void {
  if (!claim || (!panes.desk.inspectorFolded && panes.desk.focus === null)) return;
  const how = panes.desk.focus === null ? `${describe(FOLD_INSPECTOR_KEY)} shows the inspector` : 'Esc leaves focus mode';
  toasts.success(`Tagged “${truncate(claim.statement, 60)}”. ${how} to edit it.`);
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

/** Folding, focus mode and text size: how much of the desk is shown, and how large. */
function viewCommands(hasArticle: boolean): Command[] {
  const { sidebarFolded, inspectorFolded, focus } = panes.desk;
  const focused = panes.focused;
  return [
    {
      id: 'fold-sidebar',
      label: sidebarFolded ? 'Show the case sidebar' : 'Fold the case sidebar',
      group: 'View',
      shortcuts: [FOLD_SIDEBAR_KEY],
      enabled: focus === null,
      run: () => panes.fold('sidebar', !sidebarFolded),
    },
    {
      id: 'fold-inspector',
      label: inspectorFolded ? 'Show the claims and the inspector' : 'Fold the claims and the inspector',
      group: 'View',
      shortcuts: [FOLD_INSPECTOR_KEY],
      enabled: focus === null,
      run: () => panes.fold('inspector', !inspectorFolded),
    },
    {
      id: 'focus-mode',
      label: focus === null ? 'Focus mode: this pane only' : 'Leave focus mode',
      group: 'View',
      shortcuts: [FOCUS_KEY],
      enabled: hasArticle || focus !== null,
      run: () => panes.setFocus(focus === null ? 1 : null),
    },
    {
      id: 'focus-two',
      label: 'Focus mode: this pane and the one beside it',
      group: 'View',
      shortcuts: [],
      enabled: panes.count > 1 && focus !== 2,
      run: () => panes.setFocus(2),
    },
    {
      id: 'text-larger',
      label: 'Larger text in this pane',
      group: 'View',
      shortcuts: [
        { key: '=', mod: true },
        { key: '+', mod: true },
      ],
      enabled: hasArticle,
      run: () => panes.stepText(focused, 1),
    },
    { id: 'text-smaller', label: 'Smaller text in this pane', group: 'View', shortcuts: [{ key: '-', mod: true }], enabled: hasArticle, run: () => panes.stepText(focused, -1) },
    { id: 'text-reset', label: 'Usual text size in this pane', group: 'View', shortcuts: [{ key: '0', mod: true }], enabled: hasArticle, run: () => panes.stepText(focused, 0) },
  ];
}

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
        enabled: open,
        run: () => {
          if (usableSelection('Nothing tagged')) void caseState.tagSelection().then(sayWhereIfInspectorHidden);
        },
      },
      {
        id: 'add-appearance',
        label: 'Add selection to a claim…',
        group: 'Claims',
        shortcuts: [{ key: 'a' }],
        enabled: open && caseState.claims.length > 0,
        run: () => {
          const passage = usableSelection('Nothing added') && caseState.selectedPassage();
          if (passage) ui.claimPicker = passage;
        },
      },
      {
        id: 'link-passage',
        label: 'Link selection as evidence for the selected claim…',
        group: 'Claims',
        shortcuts: [{ key: 'e' }],
        enabled: claim !== null,
        run: () => {
          const passage = usableSelection('Nothing cited') && caseState.selectedPassage();
          if (claim && passage) ui.openEvidenceForm(claim.id, null, passage);
        },
      },
      {
        id: 'caret-mode',
        label: 'Select words with the keyboard (caret mode)',
        group: 'Claims',
        shortcuts: [{ key: 'F7', anywhere: true }],
        enabled: articleId !== null,
        run: () => caret.toggle(panes.focused),
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
      ...viewCommands(articleId !== null),
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
        id: 'sync',
        label: 'Sync now',
        group: 'Case',
        shortcuts: [],
        enabled: open && syncState.status !== null && syncState.status.state !== 'not-shared' && !syncState.busy,
        run: () => void syncState.sync(),
      },
      { id: 'share', label: 'Share case…', group: 'Case', shortcuts: [], enabled: open, run: () => (syncState.shareDialog = true) },
      { id: 'open-shared', label: 'Open shared case…', group: 'Case', shortcuts: [], enabled: true, run: () => (syncState.cloneDialog = true) },
      {
        id: 'conflicts',
        label: 'Conflicts from syncing…',
        group: 'Case',
        shortcuts: [],
        enabled: open && syncState.conflicts.length > 0,
        run: () => (syncState.conflictsView = true),
      },
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
