// Which dialog or overlay is open. Dialogs are rendered only while open, so the page
// never holds two forms with the same labels.

import type { ArticleSummary, Id, Passage, Source } from '../../shared/model';

export interface SourceFormRequest {
  /** The source to edit, or null for a new one. */
  source: Source | null;
  /** Called with the saved source, e.g. to select it in the evidence form below. */
  onSaved?: (source: Source) => void;
}

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  resolve: (confirmed: boolean) => void;
}

class UiState {
  /** The paste dialog, with the clipboard's HTML when it had some (kept formatting). */
  paste = $state.raw<{ text: string; html: string | null } | null>(null);
  sourceForm = $state.raw<SourceFormRequest | null>(null);
  /** Linking a source or a passage to a claim, or editing one link (evidenceId). */
  evidenceForm = $state.raw<{ claimId: Id; evidenceId: Id | null; passage: Passage | null } | null>(null);
  /** Choosing the claim these words (selected when the picker opened) are one more appearance of. */
  claimPicker = $state.raw<Passage | null>(null);
  confirm = $state.raw<ConfirmRequest | null>(null);
  /** The command palette and the keyboard shortcuts panel. */
  palette = $state(false);
  /** The live report beside the reading panes. */
  reportPreview = $state(false);
  /** The source library. */
  library = $state(false);
  shortcuts = $state(false);
  /** Creating, renaming, recolouring, merging and deleting tags. */
  tagManager = $state(false);
  /** The case's name, analyst and methodology. */
  caseSettings = $state(false);
  /** The case's suggested claims, across its articles. */
  suggestionList = $state(false);
  /** The audit trail, for one claim or (null) the whole case. */
  history = $state.raw<{ claimId: Id | null } | null>(null);
  /** Choosing what to export, checking it, and exporting. */
  exportDialog = $state(false);
  /** Editing an article's metadata. */
  articleDetails = $state.raw<ArticleSummary | null>(null);
  /**
   * What a version changed from the one it replaces; `focus` is the change to show first
   * (its index), `orphan` the appearance that change left without words, to move onto the new ones.
   */
  changes = $state.raw<{ articleId: Id; focus: number | null; orphan?: Id } | null>(null);
  /** Files are being dragged over the window. */
  dragging = $state(false);
  /** The hidden file and folder inputs, registered by the toolbar so any "import" button can open them. */
  fileInput: HTMLInputElement | null = null;
  folderInput: HTMLInputElement | null = null;
  annotationInput: HTMLInputElement | null = null;
  /** The toolbar's search field, registered the same way. */
  searchInput: HTMLInputElement | null = null;

  focusSearch(): void {
    this.searchInput?.focus();
    this.searchInput?.select();
  }

  pickFiles(): void {
    this.fileInput?.click();
  }

  pickFolder(): void {
    this.folderInput?.click();
  }

  pickAnnotations(): void {
    this.annotationInput?.click();
  }

  openPaste(text = '', html: string | null = null): void {
    this.paste = { text, html };
  }

  openSourceForm(request: SourceFormRequest = { source: null }): void {
    this.sourceForm = request;
  }

  openEvidenceForm(claimId: Id, evidenceId: Id | null = null, passage: Passage | null = null): void {
    this.evidenceForm = { claimId, evidenceId, passage };
  }

  /** Asks a yes/no question in a modal dialog. */
  ask(title: string, message: string, confirmLabel: string): Promise<boolean> {
    this.confirm?.resolve(false);
    return new Promise((resolve) => {
      this.confirm = {
        title,
        message,
        confirmLabel,
        resolve: (confirmed) => {
          this.confirm = null;
          resolve(confirmed);
        },
      };
    });
  }
}

export const ui = new UiState();
