import type { Metadata } from "next";
import { nl } from "@/lib/i18n/nl";

export const metadata: Metadata = { title: nl.accessibility.title };

// The accessibility statement (toegankelijkheidsverklaring) the Besluit digitale
// toegankelijkheid overheid requires. It is a document rather than interface text, so its
// prose lives here and not in lib/i18n/nl.ts. Every sentence must be true today: no audit
// has been done, so the status is our own assessment and the known gaps are listed. Update
// it with every change that adds a page or fixes a gap, and after the audit.
const LAST_REVIEWED = "29 november 2026";

function Item({ children }: { children: React.ReactNode }) {
  return <li className="utrecht-unordered-list__item">{children}</li>;
}

export default function AccessibilityStatementPage() {
  return (
    <article className="prose">
      <h1 className="utrecht-heading-1">{nl.accessibility.heading}</h1>
      <p className="utrecht-paragraph lead">
        De Taskforce anti-omkoping (ministerie van Financiën, ministerie van Buitenlandse Zaken en Atradius Dutch State
        Business) wil dat iedereen die met Opvolging werkt de toepassing zonder belemmeringen kan gebruiken. Deze
        verklaring gaat over de webtoepassing Opvolging zoals die nu is: de pagina&rsquo;s Inloggen, Aanbevelingen en
        deze verklaring.
      </p>

      <h2 className="utrecht-heading-2">Welke norm geldt</h2>
      <p className="utrecht-paragraph">
        Opvolging moet voldoen aan de Europese norm EN 301 549 en daarmee aan de Web Content Accessibility Guidelines
        (WCAG) 2.1 op niveau A en AA. Dat volgt uit het Besluit digitale toegankelijkheid overheid.
      </p>

      <h2 className="utrecht-heading-2">Nalevingsstatus: voldoet gedeeltelijk</h2>
      <p className="utrecht-paragraph">
        <strong>Opvolging voldoet gedeeltelijk</strong> aan de eisen. Dat is onze eigen beoordeling: de toepassing is
        nog niet onderzocht door een deskundige, onafhankelijke partij en er is nog geen datum voor zo&rsquo;n onderzoek
        afgesproken. Zonder onderzoeksrapport geldt in het register van digitoegankelijk.nl formeel de status &lsquo;C
        &ndash; eerste maatregelen genomen&rsquo;.
      </p>

      <h2 className="utrecht-heading-2">Wat wij al doen</h2>
      <ul className="utrecht-unordered-list">
        <Item>
          elke pagina begint met een link &lsquo;Naar de inhoud&rsquo; en heeft een zichtbare focusrand voor wie met het
          toetsenbord werkt;
        </Item>
        <Item>
          de taal van de pagina&rsquo;s is als Nederlands aangegeven, zodat een schermlezer de tekst goed uitspreekt;
        </Item>
        <Item>
          formuliervelden hebben een zichtbaar label; een foutmelding staat bij het veld en is eraan gekoppeld, zodat
          een schermlezer haar bij het veld voorleest;
        </Item>
        <Item>
          na 30 minuten zonder activiteit wordt u uitgelogd; twee minuten vooraf vraagt een melding of u ingelogd wilt
          blijven (WCAG 2.2.1, Timing aanpasbaar). Wat u in een formulier typt, blijft tot een dag in deze browser
          bewaard en staat na opnieuw inloggen weer in het formulier;
        </Item>
        <Item>de tabel met aanbevelingen heeft een bijschrift en kopcellen voor kolommen en rijen;</Item>
        <Item>een status staat altijd in woorden op het scherm, niet alleen als kleur;</Item>
        <Item>
          bij elke testronde toetsen wij de pagina&rsquo;s Inloggen, Aanbevelingen en deze verklaring automatisch met
          axe-core op de WCAG 2.1-criteria A en AA. Zo&rsquo;n automatische toets vindt maar een deel van de mogelijke
          problemen.
        </Item>
      </ul>

      <h2 className="utrecht-heading-2">Wat nog niet voldoet of nog niet is nagegaan</h2>
      <ul className="utrecht-unordered-list">
        <Item>
          Verstuurt u het inlogformulier met een leeg veld, dan verschijnt de foutmelding bij het veld, maar een
          schermlezer meldt haar niet uit zichzelf; u hoort haar pas wanneer u naar het veld gaat (WCAG 4.1.3,
          Statusberichten).
        </Item>
        <Item>
          Niemand heeft de toepassing nog stap voor stap met alleen het toetsenbord, met een schermlezer (zoals NVDA,
          JAWS of VoiceOver), met spraakbesturing of met 400% vergroting nagelopen. Problemen die alleen zo aan het
          licht komen, kennen wij dus nog niet.
        </Item>
      </ul>

      <h2 className="utrecht-heading-2">Een probleem melden</h2>
      <p className="utrecht-paragraph">
        Loopt u tegen een toegankelijkheidsprobleem aan, of wilt u informatie uit Opvolging in een andere vorm? Meld het
        bij de beheerder van Opvolging in uw eigen organisatie (FIN, BZ of ADSB). Vermeld op welke pagina het was, wat u
        probeerde te doen en welk hulpmiddel u gebruikt. De beheerder zorgt dat het wordt opgepakt en houdt u op de
        hoogte.
      </p>
      <p className="utrecht-paragraph">
        Bent u niet tevreden over hoe uw melding is afgehandeld, dan kunt u zich wenden tot de Nationale ombudsman.
      </p>

      <p className="utrecht-paragraph meta">
        Deze verklaring is opgesteld op 29 november 2026 en voor het laatst herzien op {LAST_REVIEWED}.
      </p>
    </article>
  );
}
