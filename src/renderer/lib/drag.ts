// Dragging an article from the sidebar into a pane. The data type is ours, so a drag of
// files from the desktop (an import) is never mistaken for it.

import type { Id } from '../../shared/model';

export const ARTICLE_DRAG_TYPE = 'application/x-claimdesk-article';

export function startArticleDrag(event: DragEvent, articleId: Id): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(ARTICLE_DRAG_TYPE, articleId);
  event.dataTransfer.effectAllowed = 'copy';
}

export function isArticleDrag(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes(ARTICLE_DRAG_TYPE) ?? false;
}

export function draggedArticle(event: DragEvent): Id | null {
  return event.dataTransfer?.getData(ARTICLE_DRAG_TYPE) || null;
}
