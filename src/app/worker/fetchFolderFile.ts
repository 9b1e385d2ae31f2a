import { type FirstView, readFirstView } from '../../analysis/view/firstViewFile';
import { FIRST_VIEW_FILE } from '../../model/dataset';
import { DatasetLoadError } from './datasetLoadError';

/** `folderUrl` is absolute (a worker resolves relative URLs against its own script). */
export const fetchFile = async (
  folderUrl: string,
  shownPath: string,
  file: string,
  optional: boolean,
): Promise<Response | undefined> => {
  const path = `${shownPath}${file}`;
  let response: Response;
  try {
    response = await fetch(new URL(file, folderUrl));
  } catch (error) {
    throw new DatasetLoadError(`${path} could not be loaded: ${(error as Error).message}`);
  }
  if (response.status === 404 && optional) return undefined;
  if (!response.ok) {
    throw new DatasetLoadError(
      `${path} could not be loaded: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  return response;
};

export const fetchText = async (
  folderUrl: string,
  shownPath: string,
  file: string,
  optional: boolean,
) => (await fetchFile(folderUrl, shownPath, file, optional))?.text();

/**
 * The folder's build-time first view (model/dataset.ts FIRST_VIEW_FILE), or null: it is
 * optional, and anything but our JSON (a server's page) counts as none.
 */
export const loadFirstView = async (
  folderUrl: string,
  shownPath: string,
): Promise<FirstView | null> => {
  const response = await fetchFile(folderUrl, shownPath, FIRST_VIEW_FILE, true);
  if (!response || (response.headers.get('content-type') ?? '').startsWith('text/html'))
    return null;
  return readFirstView(await response.text());
};
