import type { Metadata } from "next";
import { nl } from "@/lib/i18n/nl";

export const metadata: Metadata = { title: nl.accessibility.title };

// The statement the Besluit digitale toegankelijkheid overheid requires. Its status is
// honest: the application has not yet been audited by an independent party.
export default function AccessibilityStatementPage() {
  return (
    <article className="prose">
      <h1 className="utrecht-heading-1">{nl.accessibility.title}</h1>
      <p className="utrecht-paragraph lead">
        De Taskforce anti-omkoping (ministerie van Financiën, ministerie van Buitenlandse Zaken en Atradius Dutch State
        Business) wil dat iedereen die met Opvolging werkt de toepassing zonder belemmeringen kan gebruiken.
      </p>

      <h2 className="utrecht-heading-2">Welke norm geldt</h2>
      <p className="utrecht-paragraph">
        Opvolging moet voldoen aan de Europese norm EN 301 549 en daarmee aan de Web Content Accessibility Guidelines
        (WCAG) 2.1 op niveau A en AA. Dat volgt uit het Besluit digitale toegankelijkheid overheid.
      </p>

      <h2 className="utrecht-heading-2">Stand van zaken</h2>
      <p className="utrecht-paragraph">
        <strong>Opvolging voldoet gedeeltelijk</strong> aan de eisen. De toepassing is nog niet door een onafhankelijke
        partij onderzocht. Wel passen wij de volgende maatregelen toe:
      </p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">elke pagina is volledig met het toetsenbord te bedienen, met een zichtbare focus en een link &lsquo;Naar de inhoud&rsquo;;</li>
        <li className="utrecht-unordered-list__item">alle formuliervelden hebben een zichtbaar label; foutmeldingen staan bij het veld en worden voorgelezen;</li>
        <li className="utrecht-unordered-list__item">tabellen hebben kopcellen, zodat schermlezers de samenhang kunnen voorlezen;</li>
        <li className="utrecht-unordered-list__item">kleuren hebben voldoende contrast en betekenis wordt nooit alleen met kleur overgebracht;</li>
        <li className="utrecht-unordered-list__item">de pagina&rsquo;s worden bij elke wijziging automatisch getoetst met axe-core.</li>
      </ul>

      <h2 className="utrecht-heading-2">Bekende beperkingen</h2>
      <p className="utrecht-paragraph">
        Er zijn op dit moment geen beperkingen bekend. Een handmatig onderzoek door een onafhankelijke partij staat nog
        gepland; de uitkomst wordt in deze verklaring opgenomen.
      </p>

      <h2 className="utrecht-heading-2">Een probleem melden</h2>
      <p className="utrecht-paragraph">
        Loopt u tegen een toegankelijkheidsprobleem aan? Meld het bij de beheerder van Opvolging binnen uw organisatie;
        die zorgt dat het wordt opgepakt en houdt u op de hoogte.
      </p>

      <p className="utrecht-paragraph meta">Deze verklaring is opgesteld op 29 november 2026.</p>
    </article>
  );
}
