import type { AssignmentType, Sector } from '@cb/contracts';

/**
 * The skills a student of each kind of programme plausibly has, and where they want to work: so a
 * nurse holds nursing skills and a mechanical engineer technical ones. A programme is matched to
 * its discipline by its id (contracts/src/vocab/institutions.ts); the test checks every programme
 * has one.
 */
export interface Discipline {
  pattern: RegExp;
  sectors: readonly Sector[];
  /** Most students of the discipline hold most of these. */
  core: readonly string[];
  /** Some hold a few of these. */
  extra: readonly string[];
}

const GENERAL = ['communication', 'teamwork', 'planning-organising', 'report-writing', 'presenting', 'problem-solving', 'dutch-language', 'english-language'];

export const DISCIPLINES: readonly Discipline[] = [
  { pattern: /ict|informatica|software/, sectors: ['ICT'], core: ['typescript', 'javascript', 'react', 'nodejs', 'sql', 'git', 'python', 'rest-api'], extra: ['data-analysis', 'data-visualization', 'software-testing', 'docker', 'cloud-computing', 'cybersecurity', 'network-security', 'ux-design', 'mobile-app-development', 'java', 'helpdesk-support', 'computer-networking'] },
  { pattern: /verpleegkunde|zorg-en-welzijn|klinische/, sectors: ['HEALTHCARE'], core: ['nursing', 'wound-care', 'medication-administration', 'patient-safety', 'clinical-reasoning', 'care-documentation'], extra: ['fall-prevention', 'home-care', 'elderly-care', 'dementia-care', 'medication-safety', 'person-centred-care'] },
  { pattern: /fysiotherapie|geneeskunde|gezondheid/, sectors: ['HEALTHCARE'], core: ['physiotherapy', 'rehabilitation', 'anatomy-physiology', 'patient-communication'], extra: ['motivational-interviewing', 'public-health', 'research-skills', 'statistics'] },
  { pattern: /sociaal-werk|social-work|psychologie/, sectors: ['HEALTHCARE', 'GOVERNMENT'], core: ['social-work', 'motivational-interviewing', 'de-escalation', 'person-centred-care'], extra: ['youth-care', 'mental-health-care', 'elderly-care', 'dementia-care', 'applied-psychology'] },
  { pattern: /werktuigbouw|engineering|mechatronica|industrieel/, sectors: ['ENGINEERING', 'MANUFACTURING', 'MARITIME'], core: ['mechanical-design', 'cad-3d-modelling', 'strength-of-materials', 'maintenance-engineering', 'hydraulics'], extra: ['solidworks', 'thermodynamics', 'fluid-mechanics', 'lean-manufacturing', 'process-improvement', 'measurement-technology', 'energy-management', 'welding-technology', 'materials-science', 'plc-programming'] },
  { pattern: /elektrotechniek/, sectors: ['ENGINEERING', 'ENERGY'], core: ['electrical-engineering', 'electrical-installations', 'plc-programming', 'control-engineering'], extra: ['smart-grids', 'solar-energy', 'energy-transition', 'electrical-drives', 'nen-3140', 'maritime-electrical-systems', 'scada'] },
  { pattern: /civiele|watermanagement/, sectors: ['CONSTRUCTION', 'ENGINEERING', 'GOVERNMENT'], core: ['civil-engineering', 'hydraulic-engineering', 'water-management', 'structural-engineering'], extra: ['geotechnics', 'bim', 'gis', 'urban-planning', 'construction-planning'] },
  { pattern: /bouwkunde|bouwmanagement/, sectors: ['CONSTRUCTION'], core: ['construction-planning', 'bim', 'sustainable-building', 'renovation'], extra: ['cost-estimating', 'building-services', 'hvac', 'building-physics', 'circular-economy', 'revit', 'construction-management'] },
  { pattern: /maritie/, sectors: ['MARITIME', 'LOGISTICS'], core: ['marine-engineering', 'nautical-science', 'maritime-safety', 'ship-stability'], extra: ['naval-architecture', 'inland-shipping', 'maintenance-engineering', 'maritime-electrical-systems', 'shipbuilding'] },
  { pattern: /logisti|logistics/, sectors: ['LOGISTICS'], core: ['supply-chain-management', 'transport-planning', 'warehouse-management', 'inventory-management'], extra: ['process-improvement', 'sustainable-logistics', 'fleet-management', 'cold-chain', 'excel', 'erp-systems', 'inland-shipping', 'route-optimisation'] },
  { pattern: /pabo|basisonderwijs|pedagog/, sectors: ['EDUCATION'], core: ['didactics', 'lesson-planning', 'pedagogy', 'classroom-management'], extra: ['stem-education', 'educational-technology', 'coaching', 'workplace-supervision', 'curriculum-development'] },
  { pattern: /chemie/, sectors: ['MANUFACTURING', 'ENERGY'], core: ['chemical-engineering', 'process-technology', 'process-safety'], extra: ['quality-management', 'measurement-technology', 'hydrogen-technology'] },
  { pattern: /bestuurskunde/, sectors: ['GOVERNMENT'], core: ['policy-advice', 'research-skills', 'stakeholder-management'], extra: ['digital-transformation', 'business-analysis', 'urban-planning', 'statistics'] },
  { pattern: /bedrijfskunde|econometrie|business-studies/, sectors: ['BUSINESS_SERVICES', 'LOGISTICS'], core: ['business-analysis', 'financial-management', 'excel'], extra: ['marketing', 'process-improvement', 'data-analysis', 'erp-systems', 'statistics'] },
];

export const GENERAL_SKILLS: readonly string[] = GENERAL;

export function disciplineOf(programmeId: string): Discipline | undefined {
  return DISCIPLINES.find((d) => d.pattern.test(programmeId));
}

/**
 * Sanne de Jong, the demo student: HBO-ICT year 4 in Rotterdam, looking for a graduation
 * assignment or internship in the Drechtsteden. Her skills are those the region's ICT assignments
 * ask (assignments.ts), so her home page opens with good matches.
 */
export const DEMO_STUDENT = {
  name: 'Sanne de Jong',
  institutionId: 'hogeschool-rotterdam',
  programmeId: 'hr-hbo-ict',
  studyYear: 4,
  skills: [
    ['typescript', 3], ['javascript', 3], ['react', 3], ['nodejs', 3], ['rest-api', 3], ['python', 3], ['sql', 3],
    ['data-analysis', 3], ['data-visualization', 3], ['software-testing', 3], ['ux-design', 2], ['git', 3],
    ['agile-scrum', 3], ['power-bi', 2], ['communication', 3], ['teamwork', 3], ['dutch-language', 4], ['english-language', 3],
  ] as Array<[string, number]>,
  preferences: {
    sectors: ['ICT'] as Sector[],
    types: ['GRADUATION', 'INTERNSHIP', 'PROJECT'] as AssignmentType[],
    municipalityIds: ['dordrecht', 'zwijndrecht', 'papendrecht'],
  },
};
