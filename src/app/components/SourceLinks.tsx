import type { Report } from '../../model/report';

/** Only http(s) addresses become links; anything else is shown as plain text. */
export const isSafeHttpUrl = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
};

export const SourceLinks = ({ reports }: { reports: Report[] }) => (
  <ul className="source-links">
    {reports.map((report) => (
      <li key={report.id}>
        {isSafeHttpUrl(report.url) ? (
          <a
            href={report.url}
            target="_blank"
            rel="noopener noreferrer"
            title={report.title ?? report.url}
          >
            {report.publisher}
          </a>
        ) : (
          <span>{report.publisher}</span>
        )}
        {report.published && <span className="source-date"> {report.published}</span>}
      </li>
    ))}
  </ul>
);
