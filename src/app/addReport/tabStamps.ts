import type { WorkspaceStamp } from './workspaceStamp';

const KEY = 'tolltrack:workspace-stamps';

const read = (): string[] => {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

const key = (stamp: WorkspaceStamp) => `${stamp.count}.${stamp.fingerprint}`;

/**
 * Stamps this tab wrote into its own URL: when the analyst accepts another record, the link's
 * stamp is this tab's earlier one and is brought up to date, not reported as records missing.
 * A link opened in another tab or browser never matches.
 */
export const rememberStamp = (stamp: WorkspaceStamp): void => {
  try {
    sessionStorage.setItem(KEY, JSON.stringify([...read().slice(-19), key(stamp)]));
  } catch {
    // Without session storage a changed workspace is reported as a mismatch: safe, only wordier.
  }
};

export const stampedInThisTab = (stamp: WorkspaceStamp): boolean => read().includes(key(stamp));
