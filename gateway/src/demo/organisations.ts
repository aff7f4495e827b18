import type { Sector } from '@cb/contracts';

/**
 * The demo organisations: fictional, but named and described as organisations of the
 * Drechtsteden are. Most are in the region; a few across its border (they still post work in it).
 * The first is the demo company of the README.
 */
export interface DemoOrganisation {
  name: string;
  sector: Sector;
  municipalityId: string;
  /** What this organisation does, as a clause after its name: "<name> <what>." */
  what: string;
  impactLabel: boolean;
  mboAkkoord: boolean;
  /** Still waiting for approval by staff, so it cannot publish yet. */
  pending?: boolean;
}

type Row = [name: string, sector: Sector, municipalityId: string, what: string, impact?: boolean, mbo?: boolean, pending?: boolean];

const ROWS: Row[] = [
  ['Dordtse Scheepswerf', 'MARITIME', 'dordrecht', 'bouwt en onderhoudt sinds 1921 veerboten, duwbakken en werkschepen aan de Oude Maas', true, true],
  ['Baggerbedrijf Merwedestroom', 'MARITIME', 'sliedrecht', 'baggert vaargeulen en havens en legt oevers aan in binnen- en buitenland', false, true],
  ['Scheepsreparatie Alblas', 'MARITIME', 'alblasserdam', 'repareert en verbouwt binnenvaartschepen in drie droogdokken', false, true],
  ['Jachtwerf De Biesbosch', 'MARITIME', 'papendrecht', 'bouwt elektrische sloepen en motorjachten op maat', true, false],
  ['Maritiem Ingenieursbureau Van Driel', 'MARITIME', 'hendrik-ido-ambacht', 'ontwerpt schepen en scheepsinstallaties voor werven in de regio', false, false],
  ['Albert Schweitzer Ziekenhuis Zuid', 'HEALTHCARE', 'dordrecht', 'is het ziekenhuis voor de Drechtsteden, met locaties in Dordrecht en Zwijndrecht', false, true],
  ['Zorggroep Drechtoevers', 'HEALTHCARE', 'zwijndrecht', 'biedt ouderenzorg in zes woonzorgcentra en thuiszorg in de wijk', true, true],
  ['Thuiszorg Merwede', 'HEALTHCARE', 'papendrecht', 'verpleegt en verzorgt mensen thuis, dag en nacht', false, true],
  ['GGZ Rivierduinen Dordrecht', 'HEALTHCARE', 'dordrecht', 'behandelt volwassenen en jongeren met psychische klachten', false, false],
  ['Revalidatiecentrum De Waterpoort', 'HEALTHCARE', 'hardinxveld-giessendam', 'helpt mensen na een ziekte of ongeval weer op weg', true, false],
  ['Hoekstra Installatietechniek', 'CONSTRUCTION', 'sliedrecht', 'ontwerpt en onderhoudt klimaat- en elektrotechnische installaties in utiliteitsgebouwen', true, true],
  ['Bouwbedrijf Van Wijngaarden', 'CONSTRUCTION', 'hendrik-ido-ambacht', 'bouwt en renoveert woningen en scholen in de Drechtsteden', false, true],
  ['Aannemersbedrijf De Noord', 'CONSTRUCTION', 'alblasserdam', 'legt wegen, kaden en bruggen aan voor gemeenten en waterschappen', false, false],
  ['Drechtstad Transport', 'LOGISTICS', 'zwijndrecht', 'vervoert containers over weg en water vanuit het overslagpunt aan de Oude Maas', false, true],
  ['Logistiek Centrum Papendrecht', 'LOGISTICS', 'papendrecht', 'slaat goederen op en verzendt ze voor webwinkels en groothandels', true, false],
  ['Binnenvaartrederij Van der Giessen', 'LOGISTICS', 'hardinxveld-giessendam', 'vaart met twaalf tankers en drogeladingschepen op de Rijn', false, false],
  ['Koelvers Distributie', 'LOGISTICS', 'ridderkerk', 'verzorgt gekoelde distributie van vers voedsel naar supermarkten', false, true],
  ['Warmtebedrijf Drechtsteden', 'ENERGY', 'dordrecht', 'levert warmte uit restwarmte en aardwarmte aan wijken in Dordrecht en Zwijndrecht', true, false],
  ['Zonnedak Zuid-Holland', 'ENERGY', 'zwijndrecht', 'legt zonnepanelen op daken van bedrijven en scholen', true, true],
  ['Netbeheer Rivierenland', 'ENERGY', 'gorinchem', 'beheert het elektriciteitsnet tussen de rivieren', false, false],
  ['Softwarehuis Drechtlogic', 'ICT', 'dordrecht', 'bouwt webapplicaties en apps voor zorginstellingen en gemeenten', false, false],
  ['Datalab Zwijndrecht', 'ICT', 'zwijndrecht', 'helpt bedrijven in de regio hun gegevens te gebruiken met dashboards en voorspellingen', true, false],
  ['Cyberveilig Drechtsteden', 'ICT', 'papendrecht', 'beveiligt netwerken van mkb-bedrijven en test hun systemen', false, false],
  ['Merwede IT-diensten', 'ICT', 'sliedrecht', 'beheert werkplekken, netwerken en cloudomgevingen voor scholen en bedrijven', false, true],
  ['Gemeente Dordrecht', 'GOVERNMENT', 'dordrecht', 'werkt aan een stad waar het goed wonen, werken en leren is', false, true],
  ['Gemeente Sliedrecht', 'GOVERNMENT', 'sliedrecht', 'zorgt voor dienstverlening, openbare ruimte en zorg voor haar inwoners', false, false],
  ['Waterschap Merwede en Linge', 'GOVERNMENT', 'dordrecht', 'beschermt de Drechtsteden tegen hoog water en zorgt voor schoon water', true, false],
  ['Da Vinci College Drechtsteden', 'EDUCATION', 'dordrecht', 'leidt jaarlijks duizenden mbo-studenten op voor techniek, zorg en logistiek', false, true],
  ['Basisschool De Merwelanden', 'EDUCATION', 'dordrecht', 'is een basisschool met een techniekprofiel in Dordrecht-Oost', false, false],
  ['Machinefabriek Kinderdijk', 'MANUFACTURING', 'alblasserdam', 'maakt lieren, kranen en hydraulische installaties voor de scheepsbouw', false, true],
  ['Staalbouw Giessendam', 'MANUFACTURING', 'hardinxveld-giessendam', 'construeert en last stalen bruggen, sluisdeuren en bordessen', false, true],
  ['Techniekbedrijf Van Leeuwen', 'ENGINEERING', 'zwijndrecht', 'automatiseert productielijnen en bouwt besturingen voor machines', false, false],
  ['Ingenieursbureau Oude Maas', 'ENGINEERING', 'dordrecht', 'adviseert over dijken, sluizen en waterbouwkundige constructies', true, false],
  ['Pompen en Aandrijvingen Zuid', 'ENGINEERING', 'barendrecht', 'levert en onderhoudt pompen en aandrijvingen voor gemalen en industrie', false, false, true],
  ['Adviesbureau Drechtkracht', 'BUSINESS_SERVICES', 'papendrecht', 'helpt mkb-bedrijven met financiën, personeel en groei', false, false, true],
  ['Administratiekantoor Molenwaard', 'BUSINESS_SERVICES', 'molenlanden', 'verzorgt de boekhouding en salarisadministratie van zo\'n vierhonderd ondernemers', false, false, true],
];

/** What working at an organisation of each sector means, as it would say it on its profile. */
export const SECTOR_TEXTS: Record<Sector, string> = {
  ICT: 'We werken in kleine teams met korte lijnen naar onze klanten. Studenten werken bij ons mee aan echte projecten en krijgen een vaste begeleider.',
  ENGINEERING: 'Onze technici werken dagelijks aan installaties in de regio. Bij ons leer je hoe ontwerp, uitvoering en onderhoud samenkomen.',
  HEALTHCARE: 'Goede zorg dicht bij huis staat bij ons voorop. Studenten lopen mee in een vast team en krijgen begeleiding van een praktijkopleider.',
  LOGISTICS: 'Elke dag moeten de goederen op tijd op de juiste plek zijn. We zoeken studenten die onze planning slimmer en duurzamer maken.',
  CONSTRUCTION: 'We bouwen aan duurzame gebouwen en een veilige omgeving in de Drechtsteden. Studenten werken mee op kantoor en op de bouwplaats.',
  MANUFACTURING: 'In onze werkplaats maken we producten die over de hele wereld gebruikt worden. We investeren in vakmanschap en in nieuwe technieken.',
  EDUCATION: 'We leiden de vakmensen van morgen op en werken daarbij nauw samen met bedrijven uit de regio.',
  MARITIME: 'De Drechtsteden zijn van oudsher een maritieme regio, en dat zijn we nog steeds. We zoeken studenten die meedenken over de schepen van de toekomst.',
  ENERGY: 'We werken aan de energietransitie in de regio: minder gas, meer duurzame warmte en stroom.',
  GOVERNMENT: 'Als overheid werken we voor alle inwoners. Studenten krijgen bij ons een eigen opdracht en zien hoe beleid in de praktijk uitpakt.',
  BUSINESS_SERVICES: 'Ondernemers in de regio rekenen op ons advies. Bij ons leer je het vak in de praktijk, met veel klantcontact.',
};

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = ROWS.map(([name, sector, municipalityId, what, impact, mbo, pending]) => ({
  name,
  sector,
  municipalityId,
  what,
  impactLabel: impact ?? false,
  mboAkkoord: mbo ?? false,
  pending: pending ?? false,
}));

/** The profile text an organisation shows: what it does, then what working there is like. */
export const organisationDescription = (o: DemoOrganisation): string => `${o.name} ${o.what}. ${SECTOR_TEXTS[o.sector]}`;
