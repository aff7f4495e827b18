import { skillById, type AssignmentType, type Sector } from '@cb/contracts';

/**
 * What the demo organisations ask students to do: a table from title to the skills that title
 * needs, so an assignment's skills always belong to it (never "image recognition requiring
 * water management"). Every skill id is one of contracts/src/vocab/skills.ts (checked by the test).
 */
export interface DemoTitle {
  title: string;
  /** The sector the work belongs to, when it is not the posting organisation's own. */
  sector?: Sector;
  types: readonly AssignmentType[];
  /** What the student does, one or two Dutch sentences. */
  what: string;
  required: readonly string[];
  niceToHave: readonly string[];
}

const P = 'PROJECT', I = 'INTERNSHIP', M = 'MINOR', G = 'GRADUATION', W = 'WORK_BASED_LEARNING';

const t = (title: string, types: AssignmentType[], what: string, required: string[], niceToHave: string[], sector?: Sector): DemoTitle => ({ title, types, what, required, niceToHave, sector });

export const TITLES: Record<Sector, readonly DemoTitle[]> = {
  ICT: [
    t('Webapplicatie voor roosterplanning', [P, I, G], 'Je bouwt een webapplicatie waarmee teamleiders de roosters van hun medewerkers plannen en ruilen.', ['typescript', 'react'], ['rest-api', 'ux-design']),
    t('Data-dashboard voor onderhoud', [P, I, G], 'Je maakt een dashboard dat laat zien welke installaties binnenkort onderhoud nodig hebben, op basis van storingsmeldingen.', ['sql', 'data-visualization'], ['power-bi', 'python']),
    t('Voorspelmodel voor de bezetting', [I, G, M], 'Je onderzoekt met historische gegevens hoe druk het de komende weken wordt en bouwt een model dat de planning helpt.', ['python', 'data-analysis'], ['machine-learning', 'statistics']),
    t('API voor het afsprakensysteem', [P, I], 'Je ontwerpt en bouwt de koppeling tussen ons afsprakensysteem en de apps van onze klanten.', ['nodejs', 'rest-api'], ['typescript', 'postgresql']),
    t('Testautomatisering van de klantportal', [I, G], 'Je zet geautomatiseerde tests op voor onze klantportal, zodat nieuwe versies sneller en veiliger live gaan.', ['software-testing', 'typescript'], ['test-automation', 'ci-cd']),
    t('Cloudmigratie van de klantportal', [I, G], 'Je onderzoekt hoe onze klantportal naar de cloud verhuist en voert een eerste deel van de migratie uit.', ['cloud-computing', 'docker'], ['microsoft-azure', 'devops']),
    t('Security-audit van het netwerk', [I, G], 'Je brengt de zwakke plekken in het netwerk van een klant in kaart en adviseert over maatregelen.', ['cybersecurity', 'network-security'], ['penetration-testing', 'iso-27001']),
    t('Werkplekbeheer voor scholen', [W, I], 'Je beheert laptops, accounts en het netwerk van scholen en helpt leerkrachten bij hun vragen.', ['helpdesk-support', 'computer-networking'], ['windows-server', 'communication']),
  ],
  ENGINEERING: [
    t('PLC-besturing voor een sluisdeur', [I, G], 'Je ontwerpt en test de besturing van een nieuwe sluisdeur, van functioneel ontwerp tot simulatie.', ['plc-programming', 'control-engineering'], ['scada', 'machine-safety']),
    t('Trillingsanalyse van pompen', [P, I, G], 'Je meet trillingen aan pompen in gemalen en stelt vast welke pompen onderhoud nodig hebben.', ['measurement-technology', 'maintenance-engineering'], ['data-analysis', 'fluid-mechanics']),
    t('Energiebesparing in de productielijn', [P, I, M], 'Je brengt het energieverbruik van een productielijn in kaart en rekent besparingsmaatregelen door.', ['energy-management', 'thermodynamics'], ['lean-manufacturing', 'excel']),
    t('Dijkversterking langs de Merwede', [I, G], 'Je rekent mee aan de versterking van een dijkvak en vergelijkt ontwerpvarianten.', ['hydraulic-engineering', 'geotechnics'], ['civil-engineering', 'water-management']),
    t('Onderhoud van elektrische aandrijvingen', [W, I], 'Je werkt mee aan storingen en onderhoud van aandrijvingen bij klanten en maakt onderhoudsrapporten.', ['electrical-drives', 'electrical-installations'], ['nen-3140', 'report-writing']),
  ],
  HEALTHCARE: [
    t('Valpreventie op de verpleegafdeling', [I, G, M], 'Je onderzoekt waarom patiënten op de afdeling vallen en werkt met het team verbeteringen uit.', ['fall-prevention', 'nursing'], ['patient-safety', 'research-skills']),
    t('Wondzorgprotocol in de wijk', [I, G], 'Je vernieuwt samen met wijkverpleegkundigen het protocol voor wondzorg bij cliënten thuis.', ['wound-care', 'home-care'], ['clinical-reasoning', 'care-documentation']),
    t('Dagbesteding voor ouderen met dementie', [I, P, W], 'Je ontwikkelt en begeleidt activiteiten voor bewoners met dementie, samen met hun familie.', ['dementia-care', 'elderly-care'], ['person-centred-care', 'communication']),
    t('Medicatieveiligheid in de thuiszorg', [I, G], 'Je brengt in kaart waar het misgaat bij het toedienen van medicatie thuis en stelt verbeteringen voor.', ['medication-safety', 'medication-administration'], ['pharmacology', 'patient-safety']),
    t('Leefstijlprogramma na revalidatie', [P, I, M], 'Je ontwerpt een programma dat revalidanten helpt na hun behandeling actief te blijven.', ['rehabilitation', 'motivational-interviewing'], ['physiotherapy', 'public-health']),
    t('Zorgapp voor mantelzorgers', [P, I, G], 'Je ontwerpt en bouwt een app waarin mantelzorgers en wijkverpleging afspraken en zorgtaken delen.', ['mobile-app-development', 'ux-design'], ['react-native', 'web-accessibility'], 'ICT'),
  ],
  LOGISTICS: [
    t('Optimalisatie van de binnenvaartplanning', [I, G], 'Je onderzoekt hoe de planning van schepen en ladingen slimmer kan en test je voorstel met echte gegevens.', ['transport-planning', 'inland-shipping'], ['operations-research', 'excel']),
    t('Magazijnindeling en orderpicking', [P, I, W], 'Je analyseert de looproutes in het magazijn en stelt een nieuwe indeling voor die het orderpicken versnelt.', ['warehouse-management', 'process-improvement'], ['inventory-management', 'lean-manufacturing']),
    t('CO2-reductie in het wagenpark', [P, I, G], 'Je rekent uit wat elektrische vrachtwagens en slimmere routes opleveren en schrijft een plan van aanpak.', ['sustainable-logistics', 'fleet-management'], ['route-optimisation', 'data-analysis']),
    t('Voorraadbeheer in de koelketen', [I, W], 'Je verbetert het voorraadbeheer van gekoelde producten, zodat er minder verloren gaat.', ['cold-chain', 'inventory-management'], ['demand-forecasting', 'erp-systems']),
  ],
  CONSTRUCTION: [
    t('Circulair bouwen bij renovatie', [P, I, G], 'Je onderzoekt welke materialen bij de renovatie van een school opnieuw gebruikt kunnen worden.', ['circular-economy', 'renovation'], ['sustainable-building', 'life-cycle-assessment']),
    t('BIM-model voor een brug', [I, G], 'Je bouwt het BIM-model van een fietsbrug en gebruikt het om het ontwerp met de aannemer af te stemmen.', ['bim', 'structural-engineering'], ['revit', 'civil-engineering']),
    t('Werkvoorbereiding voor nieuwbouwwoningen', [W, I], 'Je bereidt het werk voor op de bouwplaats: planning, materialen en afspraken met onderaannemers.', ['construction-planning', 'cost-estimating'], ['vca', 'construction-management']),
    t('Klimaatinstallatie voor een schoolgebouw', [I, G], 'Je ontwerpt de klimaatinstallatie voor een school die van het gas af gaat.', ['hvac', 'building-services'], ['heat-pumps', 'building-physics']),
  ],
  MANUFACTURING: [
    t('Lean productie in de werkplaats', [P, I, W], 'Je brengt de doorlooptijd in de werkplaats in kaart en voert verbeteringen door met de monteurs.', ['lean-manufacturing', 'process-improvement'], ['quality-management', 'teamwork']),
    t('Kwaliteitscontrole met beeldherkenning', [I, G], 'Je ontwikkelt een camerasysteem dat lasnaden automatisch controleert op fouten.', ['computer-vision', 'python'], ['machine-learning', 'welding-inspection']),
    t('Ontwerp van een hydraulische lier', [I, G], 'Je ontwerpt een compacte hydraulische lier voor werkschepen, van berekening tot tekening.', ['mechanical-design', 'hydraulics'], ['solidworks', 'strength-of-materials']),
    t('Lasprocedures voor nieuwe staalsoorten', [W, I], 'Je test lasprocedures voor hogesterktestaal en legt ze vast voor de werkplaats.', ['welding-technology', 'materials-science'], ['welding-inspection', 'accuracy']),
  ],
  EDUCATION: [
    t('Techniekles voor het basisonderwijs', [P, I, M], 'Je ontwikkelt een reeks technieklessen voor groep 7 en 8 en geeft ze zelf in de klas.', ['stem-education', 'lesson-planning'], ['didactics', 'creativity']),
    t('Digitale leermiddelen voor het mbo', [P, I, G], 'Je ontwerpt digitale oefeningen voor mbo-studenten techniek en test ze met een klas.', ['educational-technology', 'curriculum-development'], ['didactics', 'ux-design']),
    t('Praktijkbegeleiding van mbo-stagiairs', [W, I], 'Je begeleidt mbo-stagiairs op hun werkplek en ontwikkelt een training voor hun praktijkbegeleiders.', ['workplace-supervision', 'coaching'], ['training-design', 'feedback']),
  ],
  MARITIME: [
    t('Scheepsontwerp voor elektrische veerboten', [I, G], 'Je werkt mee aan het ontwerp van een elektrische veerboot: romp, stabiliteit en de plaats van de batterijen.', ['naval-architecture', 'ship-stability'], ['battery-technology', 'cad-3d-modelling']),
    t('Onderhoudsplanning voor baggerschepen', [I, G, P], 'Je stelt met storings- en onderhoudsgegevens een onderhoudsplan op voor de pompen en motoren van baggerschepen.', ['maintenance-engineering', 'marine-engineering'], ['reliability-engineering', 'dredging-technology']),
    t('Walstroom in de haven van Dordrecht', [P, I], 'Je onderzoekt hoe schepen aan de kade op walstroom kunnen varen in plaats van op hun dieselgenerator.', ['maritime-electrical-systems', 'energy-transition'], ['electrical-installations', 'stakeholder-management']),
    t('Lasinspectie in de nieuwbouw', [W, I], 'Je controleert lasnaden in de romp en houdt de kwaliteitsdossiers van een nieuwbouwschip bij.', ['welding-inspection', 'shipbuilding'], ['non-destructive-testing', 'quality-management']),
  ],
  ENERGY: [
    t('Warmtenet voor een woonwijk', [I, G, M], 'Je rekent aan de aansluiting van een wijk op het warmtenet en vergelijkt dat met warmtepompen.', ['heat-pumps', 'energy-transition'], ['thermodynamics', 'stakeholder-management']),
    t('Zonnepanelen op bedrijventerreinen', [P, I], 'Je brengt in kaart welke daken geschikt zijn voor zonnepanelen en wat het net aankan.', ['solar-energy', 'electrical-engineering'], ['smart-grids', 'gis']),
    t('Netcongestie in de Drechtsteden', [I, G], 'Je onderzoekt waar het stroomnet vol raakt en welke oplossingen met opslag en slim laden helpen.', ['smart-grids', 'electrical-engineering'], ['battery-technology', 'data-analysis']),
  ],
  GOVERNMENT: [
    t('Onderzoek naar stagebeleid in de regio', [P, G, M], 'Je onderzoekt waarom studenten na hun stage wel of niet in de Drechtsteden blijven en adviseert de gemeente.', ['research-skills', 'policy-advice'], ['statistics', 'presenting']),
    t('Dienstverlening aan inwoners digitaliseren', [I, G], 'Je brengt in kaart hoe inwoners de gemeente bereiken en ontwerpt een eenvoudiger digitale aanvraag.', ['digital-transformation', 'business-analysis'], ['ux-design', 'user-research']),
    t('Klimaatadaptatie in de openbare ruimte', [P, I, G], 'Je onderzoekt hoe straten en pleinen hevige regen beter kunnen opvangen en maakt een kaart van de risico\'s.', ['water-management', 'urban-planning'], ['gis', 'policy-advice']),
    t('Open data over de buitenruimte', [P, I], 'Je maakt de gegevens over bomen, bankjes en lantaarnpalen toegankelijk in een overzichtelijk dashboard.', ['data-visualization', 'sql'], ['gis', 'data-governance'], 'ICT'),
  ],
  BUSINESS_SERVICES: [
    t('Marketingplan voor regionale werkgevers', [P, I, M], 'Je schrijft een marketingplan waarmee werkgevers uit de regio jong talent bereiken.', ['marketing', 'communication'], ['data-analysis', 'presenting']),
    t('Procesverbetering in de financiële administratie', [I, G], 'Je analyseert hoe facturen door de administratie lopen en stelt verbeteringen en automatisering voor.', ['process-improvement', 'financial-management'], ['excel', 'erp-systems']),
  ],
};

/** What an assignment of each type is like, added to every description of that type. */
export const TYPE_TEXTS: Record<AssignmentType, string> = {
  PROJECT: 'Dit is een project van ongeveer tien weken, dat je met een of twee medestudenten uitvoert. Aan het eind presenteer je het resultaat aan de opdrachtgever.',
  INTERNSHIP: 'Tijdens deze stage van ongeveer vijf maanden werk je mee in het team. Je krijgt een vaste begeleider, die je elke week spreekt.',
  MINOR: 'In deze minor werk je een semester lang aan een vraagstuk uit de praktijk, samen met studenten van andere opleidingen.',
  GRADUATION: 'Voor deze afstudeeropdracht doe je zelfstandig onderzoek en lever je een advies of ontwerp op dat we echt gaan gebruiken.',
  WORK_BASED_LEARNING: 'Deze werkplek is voor Associate Degree-studenten die werken en leren combineren: je werkt een studiejaar lang drie dagen per week bij ons.',
};

/** The suffix a title carries, so a list shows the kind of work at a glance. */
export const TYPE_SUFFIX: Record<AssignmentType, string> = {
  PROJECT: 'project',
  INTERNSHIP: 'stage',
  MINOR: 'minor',
  GRADUATION: 'afstuderen',
  WORK_BASED_LEARNING: 'werkend leren',
};

const label = (id: string) => skillById(id)?.nl ?? id;
const list = (ids: readonly string[]) => {
  const names = ids.map(label);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}` : names.join('');
};

/** The full description: the work, what the type means, what you bring and what helps. */
export function assignmentDescription(title: DemoTitle, type: AssignmentType, organisation: string): string {
  const helps = title.niceToHave.length > 0 ? ` Ervaring met ${list(title.niceToHave)} is mooi meegenomen.` : '';
  return `${title.what} ${TYPE_TEXTS[type]} Je werkt bij ${organisation}. Wat je meebrengt: ${list(title.required)}.${helps}`;
}

/** Every title of the table, with the sector it is posted in (its own or its organisation's). */
export function titlesFor(sector: Sector): readonly DemoTitle[] {
  return TITLES[sector];
}

export function findTitle(title: string): DemoTitle | undefined {
  for (const list of Object.values(TITLES)) for (const t of list) if (t.title === title) return t;
  return undefined;
}
