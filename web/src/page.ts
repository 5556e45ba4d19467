import type { Me, Role } from './api/schema';

/** What every page is given: the workspace, the caller's role in it, and who they are. */
export type PageProps = { ws: string; role: Role; me: Me };
