/** In-app notifications (/api/notifications) — checked by hand against src/modules/notifications/routes.ts. */
export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string;
  entityId: string;
  /** Path in the web app (e.g. `/pesanan/<id>`), or null. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
