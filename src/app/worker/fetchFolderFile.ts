import { type FirstView, readFirstView } from '../../analysis/view/firstViewFile';
import { FIRST_VIEW_FILE } from '../../model/dataset';
import { DatasetLoadError } from './datasetLoadError';

/**
 * A file of a data folder, or undefined for an optional one the server does not have. Servers of
 * single-page apps (`vite`, `vite preview`, most static hosts) answer a missing path with the
 * app's page and 200: a web page is never a data file, so it counts as missing too.
 * `folderUrl` is absolute (a worker resolves relative URLs against its own script).
 */
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
  const page = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if ((response.status === 404 || (response.ok && page)) && optional) return undefined;
  if (!response.ok) {
    throw new DatasetLoadError(
      `${path} could not be loaded: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  if (page)
    throw new DatasetLoadError(
      `${path} could not be loaded: the server answered with a web page (expected the file itself; is it missing?)`,
    );
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
 * optional, and anything but our JSON counts as none.
 */
export const loadFirstView = async (
  folderUrl: string,
  shownPath: string,
): Promise<FirstView | null> => {
  const response = await fetchFile(folderUrl, shownPath, FIRST_VIEW_FILE, true);
  return response ? readFirstView(await response.text()) : null;
};
