// "Downloaden als Word" and "Downloaden als PDF" for everyone who may read the letter. Plain
// links to the routes (the browser saves the attachment). Where the server has no Chromium,
// the PDF control is shown disabled with the sentence why, so nobody meets an error page.
import { nl } from "@/lib/i18n/nl";

export function LetterDownloads({ letterId, pdfAvailable }: { letterId: string; pdfAvailable: boolean }) {
  const words = nl.letterExport;
  const base = `/rapportages/${encodeURIComponent(letterId)}`;
  return (
    <section className="letter-downloads" aria-labelledby="downloads-titel">
      <h2 className="utrecht-heading-2 visually-hidden" id="downloads-titel">
        {words.title}
      </h2>
      <ul className="letter-downloads__list">
        <li>
          <a
            className="utrecht-button utrecht-button--secondary-action letter-downloads__link"
            href={`${base}/word`}
            download
            aria-describedby="download-word-hint"
          >
            {words.word}
          </a>
          <span className="letter-downloads__hint" id="download-word-hint">
            {words.wordHint}
          </span>
        </li>
        <li>
          {pdfAvailable ? (
            <>
              <a
                className="utrecht-button utrecht-button--secondary-action letter-downloads__link"
                href={`${base}/pdf`}
                download
                aria-describedby="download-pdf-hint"
              >
                {words.pdf}
              </a>
              <span className="letter-downloads__hint" id="download-pdf-hint">
                {words.pdfHint}
              </span>
            </>
          ) : (
            <>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                disabled
                aria-describedby="download-pdf-waarom"
              >
                {words.pdf}
              </button>
              <span className="letter-downloads__hint" id="download-pdf-waarom">
                {words.pdfUnavailable}
              </span>
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
