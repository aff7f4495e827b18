/**
 * The controlled skills vocabulary of Career Boost (the "skills-paspoort").
 *
 * Students, assignments and matching refer to skills by their stable `id` only; labels and
 * synonyms are for display and for turning free text (in Dutch or English) into ids.
 *
 * Rules for editing this list:
 * - never rename or delete an id (events and stored profiles carry them); add a new one instead;
 * - `related` holds 1-4 ids of other skills in this list;
 * - a synonym belongs to one skill only, and never equals another skill's id or label
 *   (checked by contracts/test/vocab.test.ts), so `resolveSkill` is unambiguous.
 */

export const SKILL_CATEGORIES = [
  'ICT',
  'ENGINEERING',
  'HEALTHCARE',
  'LOGISTICS',
  'CONSTRUCTION',
  'EDUCATION',
  'GENERAL',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  /** Stable kebab-case id, e.g. 'typescript', 'wound-care'. */
  readonly id: string;
  readonly category: SkillCategory;
  /** Dutch label. */
  readonly nl: string;
  /** English label. */
  readonly en: string;
  /** Other names in both languages: spellings, abbreviations, Dutch inflections, tools. */
  readonly synonyms: readonly string[];
  /** Ids of 1-4 related skills. */
  readonly related: readonly string[];
}

/** [id, nl, en, synonyms, related] */
type Row = readonly [string, string, string, readonly string[], readonly string[]];

function group(category: SkillCategory, rows: readonly Row[]): Skill[] {
  return rows.map(([id, nl, en, synonyms, related]) =>
    Object.freeze({
      id,
      category,
      nl,
      en,
      synonyms: Object.freeze([...synonyms]),
      related: Object.freeze([...related]),
    }),
  );
}

const ICT: readonly Row[] = [
  // Programming languages
  ['typescript', 'TypeScript', 'TypeScript', ['ts'], ['javascript', 'nodejs', 'angular']],
  ['javascript', 'JavaScript', 'JavaScript', ['js', 'ecmascript', 'es6'], ['typescript', 'html', 'react']],
  ['python', 'Python', 'Python', ['python3', 'py', 'programmeren in python'], ['data-analysis', 'machine-learning', 'django']],
  ['java', 'Java', 'Java', ['java se', 'java ee', 'jakarta ee'], ['spring-boot', 'kotlin', 'object-oriented-programming']],
  ['csharp', 'C#', 'C#', ['c sharp', 'c-sharp'], ['dotnet', 'object-oriented-programming']],
  ['cpp', 'C++', 'C++', ['c plus plus', 'cplusplus'], ['c-programming', 'embedded-systems']],
  ['c-programming', 'C', 'C', ['programmeertaal c', 'c-taal', 'ansi c', 'c language'], ['cpp', 'embedded-systems']],
  ['go', 'Go', 'Go', ['golang'], ['microservices', 'docker']],
  ['rust', 'Rust', 'Rust', ['rustlang'], ['cpp', 'embedded-systems']],
  ['php', 'PHP', 'PHP', ['php8'], ['laravel', 'mysql']],
  ['kotlin', 'Kotlin', 'Kotlin', ['kotlin/jvm'], ['android-development', 'java']],
  ['swift', 'Swift', 'Swift', ['swiftui'], ['ios-development']],
  ['ruby', 'Ruby', 'Ruby', ['ruby on rails', 'rails'], ['web-development']],
  ['scala', 'Scala', 'Scala', ['scala 3'], ['java', 'apache-spark']],
  ['r-programming', 'R', 'R', ['r-taal', 'rstudio', 'r language', 'tidyverse'], ['statistics', 'data-analysis']],
  ['sql', 'SQL', 'SQL', ['structured query language', 'sql-query\'s', 'sql queries', 'pl/sql'], ['relational-databases', 'postgresql', 'data-analysis']],
  ['bash-scripting', 'Bash-scripting', 'Bash scripting', ['bash', 'shell scripting', 'shellscripts'], ['linux-administration']],
  ['powershell', 'PowerShell', 'PowerShell', ['powershell scripting'], ['windows-server']],
  ['dart', 'Dart', 'Dart', ['dart-lang'], ['flutter']],
  // Web and mobile
  ['web-development', 'Webontwikkeling', 'Web development', ['webdevelopment', 'webdeveloper', 'web developer', 'websites bouwen', 'full stack', 'fullstack'], ['html', 'css', 'javascript']],
  ['html', 'HTML', 'HTML', ['html5'], ['css', 'web-development']],
  ['css', 'CSS', 'CSS', ['css3', 'sass', 'scss', 'tailwind', 'stylesheets'], ['html', 'responsive-design']],
  ['front-end-development', 'Front-endontwikkeling', 'Front-end development', ['frontend', 'front-end', 'frontend developer', 'front-end developer', 'frontend-ontwikkelaar'], ['react', 'css', 'ux-design']],
  ['back-end-development', 'Back-endontwikkeling', 'Back-end development', ['backend', 'back-end', 'backend developer', 'back-end developer', 'backend-ontwikkelaar'], ['nodejs', 'rest-api', 'relational-databases']],
  ['react', 'React', 'React', ['reactjs', 'react.js', 'react hooks'], ['javascript', 'nextjs', 'front-end-development']],
  ['angular', 'Angular', 'Angular', ['angularjs'], ['typescript', 'front-end-development']],
  ['vuejs', 'Vue.js', 'Vue.js', ['vue', 'vue3', 'nuxt'], ['javascript', 'front-end-development']],
  ['nodejs', 'Node.js', 'Node.js', ['node', 'express', 'expressjs', 'npm'], ['javascript', 'typescript', 'back-end-development']],
  ['nextjs', 'Next.js', 'Next.js', ['next'], ['react']],
  ['dotnet', '.NET', '.NET', ['dotnet', '.net core', 'asp.net', 'asp.net core', 'entity framework'], ['csharp', 'back-end-development']],
  ['spring-boot', 'Spring Boot', 'Spring Boot', ['spring', 'spring framework'], ['java', 'microservices']],
  ['django', 'Django', 'Django', ['django rest framework'], ['python', 'back-end-development']],
  ['laravel', 'Laravel', 'Laravel', ['laravel framework'], ['php']],
  ['rest-api', 'REST-API\'s ontwerpen', 'REST API design', ['rest', 'restful', 'api', 'api\'s', 'web api', 'openapi', 'swagger'], ['graphql', 'back-end-development']],
  ['graphql', 'GraphQL', 'GraphQL', ['apollo graphql', 'graph ql'], ['rest-api', 'nodejs']],
  ['web-accessibility', 'Digitale toegankelijkheid', 'Web accessibility', ['toegankelijkheid', 'wcag', 'a11y', 'accessibility'], ['front-end-development', 'ux-design']],
  ['responsive-design', 'Responsive design', 'Responsive design', ['responsive webdesign', 'mobile first'], ['css', 'ui-design']],
  ['mobile-app-development', 'Ontwikkeling van mobiele apps', 'Mobile app development', ['apps bouwen', 'app development', 'app-ontwikkeling', 'mobiele apps', 'mobile apps'], ['android-development', 'ios-development', 'flutter']],
  ['android-development', 'Android-ontwikkeling', 'Android development', ['android', 'android apps', 'android studio'], ['kotlin', 'mobile-app-development']],
  ['ios-development', 'iOS-ontwikkeling', 'iOS development', ['ios', 'iphone apps', 'xcode'], ['swift', 'mobile-app-development']],
  ['flutter', 'Flutter', 'Flutter', ['flutter apps'], ['dart', 'mobile-app-development']],
  ['react-native', 'React Native', 'React Native', ['react-native apps'], ['react', 'mobile-app-development']],
  ['game-development', 'Gameontwikkeling', 'Game development', ['games', 'game design', 'unity', 'unreal engine', 'gamedev'], ['csharp', 'cpp']],
  // Software engineering
  ['object-oriented-programming', 'Objectgeoriënteerd programmeren', 'Object-oriented programming', ['oop', 'objectgeorienteerd programmeren', 'oo-programmeren', 'design patterns'], ['java', 'csharp', 'software-architecture']],
  ['algorithms-data-structures', 'Algoritmen en datastructuren', 'Algorithms and data structures', ['algoritmen', 'datastructuren', 'algorithms', 'data structures'], ['python', 'cpp']],
  ['software-architecture', 'Softwarearchitectuur', 'Software architecture', ['software architect', 'solution architecture', 'systeemontwerp', 'system design'], ['microservices', 'object-oriented-programming']],
  ['microservices', 'Microservices', 'Microservices', ['microservice-architectuur', 'microservice architecture'], ['docker', 'event-driven-architecture', 'software-architecture']],
  ['event-driven-architecture', 'Eventgedreven architectuur', 'Event-driven architecture', ['event driven', 'event sourcing', 'messaging', 'message queues'], ['apache-kafka', 'microservices']],
  ['apache-kafka', 'Apache Kafka', 'Apache Kafka', ['kafka', 'event streaming'], ['event-driven-architecture', 'data-engineering']],
  ['git', 'Git', 'Git', ['github', 'gitlab', 'versiebeheer', 'version control', 'bitbucket'], ['ci-cd']],
  ['requirements-engineering', 'Requirementsanalyse', 'Requirements engineering', ['requirements', 'eisen opstellen', 'user stories', 'functioneel ontwerp', 'functional design'], ['business-analysis', 'agile-scrum']],
  ['business-analysis', 'Bedrijfsprocesanalyse', 'Business analysis', ['business analyst', 'procesanalyse', 'procesmodellering', 'bpmn', 'informatieanalyse'], ['requirements-engineering', 'process-improvement']],
  ['erp-systems', 'ERP-systemen', 'ERP systems', ['erp', 'sap', 'exact online', 'afas', 'microsoft dynamics'], ['business-analysis', 'supply-chain-management']],
  ['low-code', 'Low-codeontwikkeling', 'Low-code development', ['low code', 'no-code', 'outsystems', 'mendix', 'power apps', 'power automate'], ['business-analysis', 'web-development']],
  ['digital-transformation', 'Digitale transformatie', 'Digital transformation', ['digitalisering', 'digitalisation', 'digitization'], ['business-analysis', 'change-management']],
  ['gis', 'Geografische informatiesystemen (GIS)', 'Geographic information systems (GIS)', ['arcgis', 'qgis', 'geo-informatie', 'geodata'], ['data-analysis', 'surveying']],
  // Databases and data
  ['relational-databases', 'Relationele databases', 'Relational databases', ['databases', 'database', 'rdbms', 'databaseontwerp', 'database design', 'normaliseren'], ['sql', 'postgresql', 'data-modelling']],
  ['postgresql', 'PostgreSQL', 'PostgreSQL', ['postgres', 'psql'], ['sql', 'relational-databases']],
  ['mysql', 'MySQL', 'MySQL', ['mariadb'], ['sql', 'php']],
  ['microsoft-sql-server', 'Microsoft SQL Server', 'Microsoft SQL Server', ['mssql', 'sql server', 't-sql'], ['sql', 'dotnet']],
  ['nosql', 'NoSQL-databases', 'NoSQL databases', ['document database', 'key-value store', 'redis', 'cassandra'], ['mongodb', 'relational-databases']],
  ['mongodb', 'MongoDB', 'MongoDB', ['mongo', 'mongoose'], ['nosql', 'nodejs']],
  ['data-analysis', 'Data-analyse', 'Data analysis', ['data analyse', 'dataanalyse', 'data-analist', 'data analyst', 'data analytics', 'analyseren van data'], ['sql', 'statistics', 'data-visualization']],
  ['data-science', 'Data science', 'Data science', ['datawetenschap', 'data scientist', 'datascience'], ['machine-learning', 'python', 'statistics']],
  ['data-engineering', 'Data engineering', 'Data engineering', ['data engineer', 'datapijplijnen', 'data pipelines'], ['etl', 'apache-spark', 'sql']],
  ['etl', 'ETL-processen', 'ETL processes', ['extract transform load', 'data-integratie', 'data integration'], ['data-engineering', 'data-warehousing']],
  ['data-warehousing', 'Datawarehousing', 'Data warehousing', ['datawarehouse', 'data warehouse', 'dwh', 'data lake', 'snowflake'], ['etl', 'business-intelligence']],
  ['business-intelligence', 'Business intelligence', 'Business intelligence', ['bi', 'dashboards', 'managementrapportages', 'kpi-dashboards'], ['power-bi', 'data-visualization']],
  ['power-bi', 'Power BI', 'Power BI', ['powerbi', 'dax', 'power query'], ['business-intelligence', 'excel']],
  ['tableau', 'Tableau', 'Tableau', ['tableau desktop'], ['data-visualization', 'business-intelligence']],
  ['data-visualization', 'Datavisualisatie', 'Data visualisation', ['data visualization', 'data visualiseren', 'dataviz', 'grafieken maken'], ['power-bi', 'data-analysis']],
  ['statistics', 'Statistiek', 'Statistics', ['statistische analyse', 'statistical analysis', 'spss', 'regressieanalyse', 'regression analysis'], ['data-analysis', 'r-programming']],
  ['machine-learning', 'Machine learning', 'Machine learning', ['ml', 'machinaal leren', 'scikit-learn', 'voorspellende modellen', 'predictive modelling'], ['data-science', 'deep-learning', 'python']],
  ['deep-learning', 'Deep learning', 'Deep learning', ['neurale netwerken', 'neural networks', 'tensorflow', 'pytorch'], ['machine-learning', 'computer-vision']],
  ['artificial-intelligence', 'Kunstmatige intelligentie', 'Artificial intelligence', ['ai', 'ki', 'artificiële intelligentie'], ['machine-learning', 'generative-ai']],
  ['generative-ai', 'Generatieve AI', 'Generative AI', ['genai', 'llm', 'large language models', 'grote taalmodellen', 'chatgpt', 'prompt engineering'], ['artificial-intelligence', 'natural-language-processing']],
  ['natural-language-processing', 'Natuurlijke taalverwerking', 'Natural language processing', ['nlp', 'tekstanalyse', 'text mining'], ['machine-learning', 'generative-ai']],
  ['computer-vision', 'Computervisie', 'Computer vision', ['beeldherkenning', 'image recognition', 'beeldverwerking', 'image processing', 'opencv'], ['deep-learning', 'sensor-technology']],
  ['big-data', 'Big data', 'Big data', ['hadoop', 'grote datasets'], ['apache-spark', 'data-engineering']],
  ['apache-spark', 'Apache Spark', 'Apache Spark', ['spark', 'pyspark', 'databricks'], ['big-data', 'data-engineering']],
  ['data-modelling', 'Datamodellering', 'Data modelling', ['datamodelleren', 'data modeling', 'datamodel', 'erd', 'entity-relationship diagram'], ['relational-databases', 'data-warehousing']],
  ['data-governance', 'Datagovernance en datakwaliteit', 'Data governance and data quality', ['datakwaliteit', 'data quality', 'datamanagement', 'data management', 'masterdata'], ['privacy-gdpr', 'data-modelling']],
  // Cloud, infrastructure and operations
  ['cloud-computing', 'Cloudcomputing', 'Cloud computing', ['cloud', 'cloudoplossingen', 'saas', 'paas', 'iaas'], ['aws', 'microsoft-azure', 'google-cloud']],
  ['aws', 'Amazon Web Services (AWS)', 'Amazon Web Services (AWS)', ['amazon web services', 'aws lambda', 'ec2', 'amazon s3'], ['cloud-computing', 'infrastructure-as-code']],
  ['microsoft-azure', 'Microsoft Azure', 'Microsoft Azure', ['azure', 'azure devops'], ['cloud-computing', 'dotnet']],
  ['google-cloud', 'Google Cloud Platform', 'Google Cloud Platform', ['gcp', 'google cloud', 'bigquery'], ['cloud-computing', 'kubernetes']],
  ['docker', 'Docker', 'Docker', ['containers', 'containerisatie', 'containerization', 'docker compose'], ['kubernetes', 'devops']],
  ['kubernetes', 'Kubernetes', 'Kubernetes', ['k8s', 'helm', 'openshift'], ['docker', 'cloud-computing']],
  ['devops', 'DevOps', 'DevOps', ['dev ops', 'devops-engineer', 'devops engineer'], ['ci-cd', 'docker', 'infrastructure-as-code']],
  ['ci-cd', 'CI/CD', 'CI/CD', ['continuous integration', 'continuous delivery', 'continuous deployment', 'github actions', 'jenkins', 'gitlab ci'], ['devops', 'git', 'test-automation']],
  ['infrastructure-as-code', 'Infrastructure as code', 'Infrastructure as code', ['iac', 'terraform', 'ansible', 'bicep'], ['devops', 'cloud-computing']],
  ['linux-administration', 'Linux-systeembeheer', 'Linux system administration', ['linux', 'ubuntu', 'red hat', 'unix', 'linuxbeheer'], ['bash-scripting', 'computer-networking']],
  ['windows-server', 'Windows Server-beheer', 'Windows Server administration', ['windows server', 'active directory', 'systeembeheer', 'system administration', 'microsoft 365-beheer'], ['powershell', 'identity-access-management']],
  ['monitoring-observability', 'Monitoring en observability', 'Monitoring and observability', ['monitoring', 'logging', 'observability', 'prometheus', 'grafana'], ['devops', 'incident-response']],
  ['it-service-management', 'IT-servicemanagement', 'IT service management', ['itsm', 'itil', 'service management', 'topdesk'], ['helpdesk-support']],
  ['helpdesk-support', 'Helpdesk en gebruikersondersteuning', 'Helpdesk and user support', ['helpdesk', 'servicedesk', 'first line support', 'tweedelijns support', 'it support', 'werkplekbeheer'], ['it-service-management', 'customer-focus']],
  // Security
  ['cybersecurity', 'Cybersecurity', 'Cybersecurity', ['cyber security', 'informatiebeveiliging', 'information security', 'it-beveiliging', 'cyberveiligheid'], ['network-security', 'penetration-testing', 'iso-27001']],
  ['penetration-testing', 'Penetratietesten', 'Penetration testing', ['pentesten', 'pentest', 'ethical hacking', 'ethisch hacken', 'red teaming'], ['cybersecurity', 'secure-coding']],
  ['network-security', 'Netwerkbeveiliging', 'Network security', ['firewalls', 'firewall', 'vpn', 'ids/ips'], ['cybersecurity', 'computer-networking']],
  ['secure-coding', 'Veilig programmeren', 'Secure coding', ['secure software development', 'owasp', 'security by design', 'veilige software'], ['cybersecurity', 'penetration-testing']],
  ['identity-access-management', 'Identity and access management', 'Identity and access management', ['iam', 'toegangsbeheer', 'autorisatiebeheer', 'single sign-on', 'sso', 'mfa'], ['cybersecurity', 'windows-server']],
  ['security-operations', 'Security operations (SOC)', 'Security operations (SOC)', ['soc', 'siem', 'security monitoring', 'soc-analist', 'soc analyst'], ['incident-response', 'cybersecurity']],
  ['incident-response', 'Incidentrespons', 'Incident response', ['incidentafhandeling', 'incident handling', 'digitaal forensisch onderzoek', 'digital forensics', 'csirt'], ['security-operations', 'cybersecurity']],
  ['iso-27001', 'ISO 27001 / BIO', 'ISO 27001 / BIO', ['iso27001', 'isms', 'bio', 'baseline informatiebeveiliging overheid', 'nen 7510'], ['cybersecurity', 'privacy-gdpr']],
  ['privacy-gdpr', 'Privacy en AVG', 'Privacy and GDPR', ['avg', 'gdpr', 'privacywetgeving', 'gegevensbescherming', 'data protection', 'dpia'], ['iso-27001', 'data-governance']],
  ['cryptography', 'Cryptografie', 'Cryptography', ['encryptie', 'versleuteling', 'encryption', 'pki'], ['cybersecurity', 'secure-coding']],
  ['ot-security', 'OT-security', 'OT security', ['industriële cybersecurity', 'industrial cybersecurity', 'ics security', 'iec 62443'], ['cybersecurity', 'scada']],
  // Networking
  ['computer-networking', 'Computernetwerken', 'Computer networking', ['netwerkbeheer', 'netwerktechniek', 'network administration', 'network engineering', 'lan', 'wan'], ['tcp-ip', 'network-security', 'cisco-networking']],
  ['tcp-ip', 'TCP/IP', 'TCP/IP', ['tcp ip', 'ipv4', 'ipv6', 'subnetting', 'dns', 'dhcp'], ['computer-networking']],
  ['cisco-networking', 'Cisco-netwerken', 'Cisco networking', ['cisco', 'ccna', 'routing en switching', 'routing and switching'], ['computer-networking', 'network-security']],
  ['wireless-networks', 'Draadloze netwerken', 'Wireless networks', ['wifi', 'wi-fi', 'wlan', '5g', 'lorawan'], ['computer-networking', 'internet-of-things']],
  ['internet-of-things', 'Internet of Things', 'Internet of Things', ['iot', 'slimme apparaten', 'connected devices', 'sensornetwerken'], ['embedded-systems', 'sensor-technology', 'wireless-networks']],
  // Testing
  ['software-testing', 'Softwaretesten', 'Software testing', ['testen', 'software tester', 'softwaretester', 'qa', 'tmap', 'istqb'], ['test-automation', 'unit-testing']],
  ['test-automation', 'Testautomatisering', 'Test automation', ['geautomatiseerd testen', 'automated testing', 'selenium', 'cypress', 'playwright'], ['software-testing', 'ci-cd']],
  ['unit-testing', 'Unittesten', 'Unit testing', ['unit tests', 'unittests', 'jest', 'junit', 'pytest'], ['software-testing', 'test-driven-development']],
  ['test-driven-development', 'Test-driven development', 'Test-driven development', ['tdd', 'bdd', 'behaviour-driven development'], ['unit-testing', 'software-testing']],
  ['performance-testing', 'Performancetesten', 'Performance testing', ['loadtesten', 'load testing', 'stresstesten', 'jmeter', 'k6'], ['software-testing', 'monitoring-observability']],
  // UX and design
  ['ux-design', 'UX-design', 'UX design', ['user experience', 'gebruikerservaring', 'ux designer', 'ux'], ['ui-design', 'user-research', 'usability-testing']],
  ['ui-design', 'UI-design', 'UI design', ['user interface design', 'interfaceontwerp', 'visual design', 'ui'], ['ux-design', 'figma']],
  ['user-research', 'Gebruikersonderzoek', 'User research', ['doelgroeponderzoek', 'gebruikersinterviews', 'user interviews', 'persona\'s', 'personas'], ['ux-design', 'usability-testing']],
  ['usability-testing', 'Usabilitytesten', 'Usability testing', ['gebruikerstesten', 'gebruiksvriendelijkheid', 'usability', 'user testing'], ['ux-design', 'user-research']],
  ['interaction-design', 'Interactieontwerp', 'Interaction design', ['ixd', 'prototyping', 'wireframing', 'wireframes'], ['ux-design', 'figma']],
  ['figma', 'Figma', 'Figma', ['adobe xd', 'sketch'], ['ui-design', 'interaction-design']],
  ['graphic-design', 'Grafisch ontwerp', 'Graphic design', ['grafische vormgeving', 'vormgeving', 'adobe illustrator', 'photoshop', 'indesign'], ['ui-design']],
];

const ENGINEERING: readonly Row[] = [
  // Mechanical engineering and CAD
  ['mechanical-engineering', 'Werktuigbouwkunde', 'Mechanical engineering', ['werktuigbouw', 'werktuigbouwkundig', 'werktuigbouwkundige', 'wtb', 'mechanical engineer', 'machinebouw'], ['mechanical-design', 'strength-of-materials', 'thermodynamics']],
  ['mechanical-design', 'Werktuigbouwkundig ontwerpen', 'Mechanical design', ['werktuigbouwkundig constructeur', 'machineontwerp', 'machine design', 'productontwerp', 'product design'], ['cad-3d-modelling', 'solidworks', 'technical-drawing']],
  ['technical-drawing', 'Technisch tekenen', 'Technical drawing', ['technische tekeningen', 'werktekeningen', 'tekening lezen', 'tekeninglezen', 'technical drawings', 'gd&t'], ['autocad', 'mechanical-design']],
  ['cad-3d-modelling', '3D-CAD-modelleren', '3D CAD modelling', ['cad', '3d-cad', '3d modelleren', '3d modelling', 'cad-tekenaar', 'cad drafter'], ['solidworks', 'autodesk-inventor', 'autocad']],
  ['autocad', 'AutoCAD', 'AutoCAD', ['autocad lt', 'autodesk autocad', '2d-cad'], ['technical-drawing', 'cad-3d-modelling']],
  ['solidworks', 'SolidWorks', 'SolidWorks', ['solid works'], ['cad-3d-modelling', 'mechanical-design']],
  ['autodesk-inventor', 'Autodesk Inventor', 'Autodesk Inventor', ['inventor'], ['cad-3d-modelling', 'autocad']],
  ['siemens-nx', 'Siemens NX', 'Siemens NX', ['unigraphics', 'nx cad'], ['cad-3d-modelling']],
  ['catia', 'CATIA', 'CATIA', ['catia v5', '3dexperience'], ['cad-3d-modelling']],
  ['finite-element-analysis', 'Eindige-elementenmethode (EEM)', 'Finite element analysis (FEA)', ['fem', 'fea', 'eem', 'eindige elementen', 'ansys', 'sterkteberekeningen'], ['strength-of-materials', 'mechanical-design']],
  ['strength-of-materials', 'Sterkteleer', 'Strength of materials', ['toegepaste mechanica', 'applied mechanics', 'mechanica', 'sterkteberekening'], ['finite-element-analysis', 'materials-science']],
  ['thermodynamics', 'Thermodynamica', 'Thermodynamics', ['warmteleer', 'warmteoverdracht', 'heat transfer'], ['fluid-mechanics', 'heat-pumps']],
  ['fluid-mechanics', 'Stromingsleer', 'Fluid mechanics', ['vloeistofmechanica', 'fluid dynamics', 'cfd', 'computational fluid dynamics'], ['thermodynamics', 'hydraulics']],
  ['materials-science', 'Materiaalkunde', 'Materials science', ['materiaalkennis', 'materiaaltechnologie', 'metaalkunde', 'materials engineering', 'composieten', 'composites'], ['strength-of-materials', 'welding-technology']],
  ['manufacturing-engineering', 'Productietechniek', 'Manufacturing engineering', ['productietechnieken', 'fabricagetechniek', 'production engineering', 'maaktechniek'], ['cnc-machining', 'lean-manufacturing']],
  ['cnc-machining', 'CNC-verspanen', 'CNC machining', ['cnc', 'cnc-programmeren', 'verspanen', 'frezen', 'draaien', 'cam'], ['manufacturing-engineering', 'technical-drawing']],
  ['additive-manufacturing', '3D-printen', 'Additive manufacturing (3D printing)', ['3d printen', '3d-printing', '3d printing', 'rapid prototyping'], ['cad-3d-modelling', 'manufacturing-engineering']],
  ['maintenance-engineering', 'Onderhoudstechniek', 'Maintenance engineering', ['onderhoud', 'maintenance', 'preventief onderhoud', 'predictive maintenance', 'asset management', 'storingsanalyse'], ['reliability-engineering', 'mechanical-engineering']],
  ['reliability-engineering', 'Betrouwbaarheidstechniek', 'Reliability engineering', ['rams', 'fmea', 'fmeca', 'root cause analysis', 'oorzaakanalyse'], ['maintenance-engineering', 'risk-assessment']],
  ['lean-manufacturing', 'Lean manufacturing', 'Lean manufacturing', ['lean', 'lean productie', '5s', 'kaizen', 'value stream mapping', 'waardestroomanalyse'], ['lean-six-sigma', 'process-improvement']],
  ['lean-six-sigma', 'Lean Six Sigma', 'Lean Six Sigma', ['six sigma', 'green belt', 'black belt', 'dmaic'], ['lean-manufacturing', 'quality-management']],
  ['quality-management', 'Kwaliteitsmanagement', 'Quality management', ['kwaliteitszorg', 'kwaliteitsborging', 'quality assurance', 'iso 9001', 'kwaliteitscontrole', 'quality control'], ['lean-six-sigma', 'non-destructive-testing']],
  ['measurement-technology', 'Meettechniek', 'Measurement technology', ['metrologie', 'metrology', 'kalibreren', 'calibration', 'instrumentatie', 'instrumentation'], ['sensor-technology', 'control-engineering']],
  // Electrical engineering and automation
  ['electrical-engineering', 'Elektrotechniek', 'Electrical engineering', ['elektrotechnisch', 'elektrotechnicus', 'e-techniek', 'electrical engineer', 'elektro'], ['electrical-installations', 'power-electronics', 'control-engineering']],
  ['electrical-installations', 'Elektrische installaties', 'Electrical installations', ['elektrotechnische installaties', 'laagspanningsinstallaties', 'schakelkasten', 'switchgear'], ['nen-3140', 'electrical-engineering']],
  ['nen-3140', 'NEN 3140 en NEN 1010', 'NEN 3140 and NEN 1010', ['nen3140', 'nen 1010', 'nen1010', 'voldoend onderricht persoon', 'veilig werken aan elektrische installaties', 'electrical safety'], ['electrical-installations', 'vca']],
  ['power-electronics', 'Vermogenselektronica', 'Power electronics', ['omvormers', 'inverters', 'frequentieregelaars', 'converters'], ['electrical-engineering', 'electrical-drives']],
  ['electrical-drives', 'Elektrische aandrijvingen', 'Electrical drives', ['aandrijftechniek', 'elektromotoren', 'electric motors', 'drives'], ['power-electronics', 'electrical-engineering']],
  ['electronics', 'Elektronica', 'Electronics', ['analoge elektronica', 'digitale elektronica', 'schakelingen', 'circuit design'], ['pcb-design', 'embedded-systems']],
  ['pcb-design', 'Printplaatontwerp', 'PCB design', ['pcb', 'printplaat', 'altium', 'kicad'], ['electronics']],
  ['embedded-systems', 'Embedded systemen', 'Embedded systems', ['embedded software', 'embedded', 'microcontrollers', 'firmware', 'arduino', 'raspberry pi'], ['c-programming', 'electronics', 'internet-of-things']],
  ['plc-programming', 'PLC-programmeren', 'PLC programming', ['plc', 'siemens s7', 'tia portal', 'codesys', 'iec 61131-3', 'ladder logic', 'plc-programmeur'], ['industrial-automation', 'scada']],
  ['scada', 'SCADA en HMI', 'SCADA and HMI', ['hmi', 'wincc', 'procesvisualisatie', 'process visualisation'], ['plc-programming', 'industrial-automation']],
  ['industrial-automation', 'Industriële automatisering', 'Industrial automation', ['procesautomatisering', 'machinebesturing', 'besturingstechniek', 'automation engineering', 'industrial automation'], ['plc-programming', 'robotics', 'control-engineering']],
  ['control-engineering', 'Regeltechniek', 'Control engineering', ['regelsystemen', 'control systems', 'pid-regelaar', 'meet- en regeltechniek', 'systeemtheorie'], ['industrial-automation', 'matlab']],
  ['matlab', 'MATLAB/Simulink', 'MATLAB/Simulink', ['matlab', 'simulink'], ['control-engineering', 'data-analysis']],
  ['robotics', 'Robotica', 'Robotics', ['robots', 'robotisering', 'cobots', 'robottechniek', 'ros'], ['industrial-automation', 'mechatronics']],
  ['mechatronics', 'Mechatronica', 'Mechatronics', ['mechatronisch', 'mechatronicus', 'mechatronic engineering'], ['robotics', 'embedded-systems', 'mechanical-engineering']],
  ['sensor-technology', 'Sensortechniek', 'Sensor technology', ['sensoren', 'sensors', 'sensortechnologie'], ['measurement-technology', 'internet-of-things']],
  ['eplan', 'EPLAN', 'EPLAN', ['e-plan', 'elektrotechnische schema\'s', 'electrical schematics'], ['electrical-installations', 'technical-drawing']],
  ['systems-engineering', 'Systems engineering', 'Systems engineering', ['v-model', 'systeemintegratie', 'systems integration', 'requirements management'], ['requirements-engineering', 'risk-assessment']],
  ['digital-twin', 'Digital twin', 'Digital twin', ['digitale tweeling', 'simulatiemodel', 'simulation model'], ['internet-of-things', 'systems-engineering']],
  // Civil and hydraulic engineering
  ['civil-engineering', 'Civiele techniek', 'Civil engineering', ['civiel', 'civieltechnisch', 'civiel ingenieur', 'infrastructuur', 'grond-, weg- en waterbouw', 'gww'], ['hydraulic-engineering', 'geotechnics', 'road-construction']],
  ['hydraulic-engineering', 'Waterbouwkunde', 'Hydraulic engineering', ['waterbouw', 'waterbouwkundig', 'kustwaterbouw', 'coastal engineering', 'rivierkunde', 'river engineering'], ['civil-engineering', 'water-management', 'dredging-technology']],
  ['water-management', 'Waterbeheer', 'Water management', ['watermanagement', 'waterveiligheid', 'flood risk management', 'dijkversterking', 'klimaatadaptatie', 'climate adaptation'], ['hydraulic-engineering', 'civil-engineering']],
  ['geotechnics', 'Geotechniek', 'Geotechnical engineering', ['grondmechanica', 'soil mechanics', 'funderingstechniek', 'foundation engineering', 'sonderingen'], ['civil-engineering', 'structural-engineering']],
  // Maritime and shipbuilding (the Drechtsteden are a maritime region)
  ['shipbuilding', 'Scheepsbouw', 'Shipbuilding', ['scheepsbouwkunde', 'scheepsbouwer', 'scheepswerf', 'shipyard', 'maritieme techniek', 'maritime engineering'], ['naval-architecture', 'welding-technology', 'marine-engineering']],
  ['naval-architecture', 'Scheepsontwerp', 'Naval architecture', ['scheepsontwerpen', 'ship design', 'naval architect', 'rompontwerp', 'hull design'], ['shipbuilding', 'ship-stability']],
  ['ship-stability', 'Scheepsstabiliteit', 'Ship stability', ['stabiliteitsberekeningen', 'stability calculations', 'hydrostatica', 'hydrostatics'], ['naval-architecture', 'nautical-science']],
  ['marine-engineering', 'Scheepswerktuigkunde', 'Marine engineering', ['scheepswerktuigkundige', 'marine engineer', 'scheepsmotoren', 'scheepsvoortstuwing', 'ship propulsion', 'scheepsinstallaties'], ['shipbuilding', 'maritime-electrical-systems']],
  ['maritime-electrical-systems', 'Maritieme elektrotechniek', 'Marine electrical systems', ['scheepselektrotechniek', 'marine electrical engineering', 'boordnet', 'scheepselektra'], ['marine-engineering', 'electrical-engineering']],
  ['offshore-engineering', 'Offshoretechniek', 'Offshore engineering', ['offshore', 'offshore wind', 'subsea', 'offshore-installaties'], ['wind-energy', 'hydraulic-engineering']],
  ['dredging-technology', 'Baggertechniek', 'Dredging technology', ['baggeren', 'dredging', 'baggerwerken', 'baggerschepen', 'sleephopperzuiger', 'trailing suction hopper dredger'], ['hydraulic-engineering', 'shipbuilding']],
  ['nautical-science', 'Navigatie en nautische kennis', 'Navigation and nautical science', ['navigatie', 'navigation', 'stuurman', 'maritiem officier', 'zeevaart', 'nautisch'], ['maritime-safety', 'marine-engineering']],
  ['maritime-safety', 'Maritieme veiligheid (STCW)', 'Maritime safety (STCW)', ['stcw', 'basic safety training', 'veiligheid aan boord', 'ism-code', 'marpol', 'solas'], ['nautical-science', 'risk-assessment']],
  ['inland-shipping', 'Binnenvaart', 'Inland shipping', ['inland navigation', 'rijnvaart', 'binnenvaartschip', 'schipper'], ['nautical-science', 'intermodal-transport']],
  // Process technology
  ['process-technology', 'Procestechniek', 'Process technology', ['procesindustrie', 'process engineering', 'procestechnoloog', 'procesoperator', 'proceskunde'], ['chemical-engineering', 'process-safety', 'control-engineering']],
  ['chemical-engineering', 'Chemische technologie', 'Chemical engineering', ['chemie', 'chemistry', 'scheikundige technologie', 'reactorkunde'], ['process-technology', 'process-safety']],
  ['process-safety', 'Procesveiligheid', 'Process safety', ['hazop', 'lopa', 'brzo', 'seveso', 'atex', 'explosieveiligheid'], ['process-technology', 'risk-assessment']],
  ['piping-design', 'Leidingontwerp', 'Piping design', ['leidingwerk', 'piping', 'p&id', 'leidingtekenen', 'isometrieën'], ['process-technology', 'technical-drawing']],
  // Welding and inspection
  ['welding-technology', 'Lastechniek', 'Welding technology', ['lassen', 'welding', 'mig/mag', 'tig-lassen', 'lasser', 'welder', 'lasprocedures', 'wps'], ['welding-inspection', 'materials-science', 'shipbuilding']],
  ['welding-inspection', 'Lasinspectie', 'Welding inspection', ['lasinspecteur', 'welding inspector', 'iwi', 'iwe', 'lascontrole', 'visuele lasinspectie'], ['welding-technology', 'non-destructive-testing', 'quality-management']],
  ['non-destructive-testing', 'Niet-destructief onderzoek (NDO)', 'Non-destructive testing (NDT)', ['ndo', 'ndt', 'ultrasoon onderzoek', 'ultrasonic testing', 'röntgenonderzoek', 'magnetisch onderzoek', 'penetrantonderzoek'], ['welding-inspection', 'quality-management']],
  // Hydraulics and pneumatics
  ['hydraulics', 'Hydrauliek', 'Hydraulics', ['hydraulica', 'hydraulische systemen', 'hydraulic systems', 'oliehydrauliek'], ['pneumatics', 'fluid-mechanics', 'mechanical-engineering']],
  ['pneumatics', 'Pneumatiek', 'Pneumatics', ['pneumatische systemen', 'perslucht', 'compressed air'], ['hydraulics', 'industrial-automation']],
  // Sustainability and the energy transition
  ['energy-transition', 'Energietransitie', 'Energy transition', ['verduurzaming', 'decarbonisatie', 'decarbonisation', 'co2-reductie', 'net zero'], ['renewable-energy', 'hydrogen-technology', 'smart-grids']],
  ['renewable-energy', 'Duurzame energie', 'Renewable energy', ['hernieuwbare energie', 'groene energie', 'renewables', 'duurzame energietechniek'], ['solar-energy', 'wind-energy', 'energy-transition']],
  ['solar-energy', 'Zonne-energie', 'Solar energy', ['zonnepanelen', 'solar panels', 'pv-installaties', 'fotovoltaïsch', 'photovoltaics'], ['renewable-energy', 'electrical-installations']],
  ['wind-energy', 'Windenergie', 'Wind energy', ['windturbines', 'windmolens', 'windparken', 'wind turbines'], ['renewable-energy', 'offshore-engineering']],
  ['hydrogen-technology', 'Waterstoftechnologie', 'Hydrogen technology', ['waterstof', 'hydrogen', 'elektrolyse', 'electrolysis', 'brandstofcellen', 'fuel cells'], ['energy-transition', 'process-technology']],
  ['heat-pumps', 'Warmtepompen en warmtenetten', 'Heat pumps and heat networks', ['warmtepomp', 'warmtenet', 'warmtenetten', 'district heating', 'aardgasvrij'], ['hvac', 'energy-transition']],
  ['energy-management', 'Energiemanagement', 'Energy management', ['energiebesparing', 'energy efficiency', 'energie-efficiëntie', 'energieaudit', 'iso 50001'], ['energy-transition', 'building-physics']],
  ['smart-grids', 'Slimme energienetten', 'Smart grids', ['smart grid', 'netcongestie', 'grid congestion', 'energieopslag', 'energy storage', 'elektriciteitsnet'], ['energy-transition', 'power-electronics']],
  ['battery-technology', 'Batterijtechnologie', 'Battery technology', ['batterijen', 'accu\'s', 'batteries', 'batterijopslag', 'elektrificatie'], ['smart-grids', 'power-electronics']],
  ['circular-economy', 'Circulaire economie', 'Circular economy', ['circulariteit', 'circulair', 'hergebruik', 'recycling', 'circular design'], ['life-cycle-assessment', 'sustainable-building']],
  ['life-cycle-assessment', 'Levenscyclusanalyse (LCA)', 'Life cycle assessment (LCA)', ['lca', 'milieu-impactanalyse', 'mki', 'co2-voetafdruk', 'carbon footprint', 'milieuprestatie'], ['circular-economy', 'energy-transition']],
  // Safety
  ['risk-assessment', 'Risicoanalyse', 'Risk assessment', ['risico-inventarisatie', 'ri&e', 'risk analysis', 'risicobeoordeling', 'risicomanagement', 'risk management'], ['process-safety', 'machine-safety']],
  ['machine-safety', 'Machineveiligheid en CE-markering', 'Machine safety and CE marking', ['ce-markering', 'ce marking', 'machinerichtlijn', 'machinery directive', 'nen-en-iso 12100', 'functionele veiligheid', 'functional safety'], ['risk-assessment', 'industrial-automation']],
];

const HEALTHCARE: readonly Row[] = [
  ['nursing', 'Verpleegkunde', 'Nursing', ['verpleegkundige', 'verpleegkundigen', 'verplegen', 'verpleging', 'hbo-v', 'hbo-verpleegkunde', 'nurse', 'registered nurse', 'mbo-v'], ['clinical-reasoning', 'medication-administration', 'wound-care']],
  ['wound-care', 'Wondzorg', 'Wound care', ['wondverzorging', 'wondbehandeling', 'wondverpleegkundige', 'decubitus', 'decubituszorg', 'pressure ulcers', 'wounds'], ['nursing', 'hygiene-protocols']],
  ['medication-administration', 'Medicatie toedienen', 'Medication administration', ['medicatietoediening', 'medicijnen geven', 'medicatie', 'medication', 'geneesmiddelen toedienen'], ['medication-safety', 'nursing', 'pharmacology']],
  ['medication-safety', 'Medicatieveiligheid', 'Medication safety', ['medicatiebeheer', 'medication management', 'medicatieverificatie', 'dubbele controle', 'double check', 'medicatiefouten'], ['medication-administration', 'patient-safety']],
  ['pharmacology', 'Farmacologie', 'Pharmacology', ['geneesmiddelenkennis', 'farmacotherapie', 'pharmacotherapy', 'bijwerkingen'], ['medication-administration', 'anatomy-physiology']],
  ['reserved-procedures', 'Voorbehouden en risicovolle handelingen', 'Reserved and high-risk clinical procedures', ['voorbehouden handelingen', 'risicovolle handelingen', 'big-handelingen', 'injecteren', 'injections', 'katheteriseren', 'catheterisation', 'infuus', 'iv therapy', 'sondevoeding'], ['nursing', 'medication-administration']],
  ['vital-signs', 'Vitale functies meten', 'Vital signs monitoring', ['vitale functies', 'vital signs', 'bloeddruk meten', 'blood pressure', 'early warning score', 'mews', 'saturatie'], ['nursing', 'acute-care']],
  ['clinical-reasoning', 'Klinisch redeneren', 'Clinical reasoning', ['clinical judgement', 'klinische besluitvorming', 'verpleegkundig redeneren'], ['nursing', 'care-planning']],
  ['care-planning', 'Zorgplan opstellen', 'Care planning', ['zorgplan', 'zorgplanning', 'zorgleefplan', 'ondersteuningsplan', 'care plan', 'verpleegplan'], ['clinical-reasoning', 'care-documentation']],
  ['care-documentation', 'Verslaglegging in het zorgdossier', 'Care documentation', ['verslaglegging', 'zorgdossier', 'elektronisch cliëntdossier', 'ecd', 'epd', 'elektronisch patiëntendossier', 'nursing documentation', 'soep-rapportage'], ['care-planning', 'written-communication']],
  ['elderly-care', 'Ouderenzorg', 'Elderly care', ['verpleeghuiszorg', 'geriatrie', 'geriatric care', 'vvt', 'ouderen', 'elderly'], ['dementia-care', 'home-care', 'fall-prevention']],
  ['dementia-care', 'Dementiezorg', 'Dementia care', ['dementie', 'psychogeriatrie', 'alzheimer', 'omgaan met dementie', 'dementia'], ['elderly-care', 'mental-health-care']],
  ['home-care', 'Wijkverpleging en thuiszorg', 'District nursing and home care', ['wijkverpleging', 'thuiszorg', 'wijkverpleegkundige', 'district nurse', 'district nursing', 'home care', 'extramurale zorg'], ['elderly-care', 'nursing']],
  ['palliative-care', 'Palliatieve zorg', 'Palliative care', ['palliatief', 'terminale zorg', 'end-of-life care', 'stervensbegeleiding', 'hospice'], ['elderly-care', 'patient-communication']],
  ['mental-health-care', 'Geestelijke gezondheidszorg (ggz)', 'Mental health care', ['ggz', 'psychiatrie', 'psychiatry', 'mental health', 'psychische zorg'], ['psychiatric-nursing', 'de-escalation', 'motivational-interviewing']],
  ['psychiatric-nursing', 'Psychiatrische verpleegkunde', 'Psychiatric nursing', ['ggz-verpleegkundige', 'sociaal psychiatrisch verpleegkundige', 'spv', 'mental health nursing'], ['mental-health-care', 'nursing']],
  ['addiction-care', 'Verslavingszorg', 'Addiction care', ['verslaving', 'addiction', 'middelengebruik', 'substance abuse'], ['mental-health-care', 'motivational-interviewing']],
  ['disability-care', 'Gehandicaptenzorg', 'Disability care', ['verstandelijke beperking', 'lvb', 'intellectual disability', 'begeleiding van mensen met een beperking'], ['de-escalation', 'care-planning']],
  ['youth-care', 'Jeugdzorg', 'Youth care', ['jeugdhulp', 'jeugdhulpverlening', 'youth services', 'jeugdbescherming'], ['social-work', 'child-development']],
  ['social-work', 'Sociaal werk', 'Social work', ['maatschappelijk werk', 'welzijn', 'welzijnswerk', 'sociaal werker', 'social worker', 'zorg en welzijn', 'wijkteam'], ['youth-care', 'patient-communication']],
  ['applied-psychology', 'Toegepaste psychologie', 'Applied psychology', ['psychologie', 'psychology', 'psycholoog', 'gedragsverandering', 'behaviour change'], ['mental-health-care', 'user-research']],
  ['physiotherapy', 'Fysiotherapie', 'Physiotherapy', ['fysiotherapeut', 'fysio', 'physical therapy', 'physiotherapist', 'oefentherapie'], ['rehabilitation', 'anatomy-physiology']],
  ['occupational-therapy', 'Ergotherapie', 'Occupational therapy', ['ergotherapeut', 'occupational therapist', 'hulpmiddelenadvies'], ['rehabilitation', 'physiotherapy']],
  ['speech-therapy', 'Logopedie', 'Speech and language therapy', ['logopedist', 'speech therapy', 'slikproblemen', 'dysfagie', 'dysphagia'], ['rehabilitation']],
  ['dietetics', 'Diëtetiek', 'Dietetics', ['dietetiek', 'diëtist', 'dietist', 'voedingsleer', 'nutrition', 'voeding', 'ondervoeding'], ['diabetes-care', 'elderly-care']],
  ['rehabilitation', 'Revalidatie', 'Rehabilitation', ['revalideren', 'revalidatiezorg', 'herstelzorg'], ['physiotherapy', 'occupational-therapy']],
  ['midwifery', 'Verloskunde', 'Midwifery', ['verloskundige', 'midwife', 'kraamzorg', 'geboortezorg', 'obstetrics'], ['nursing', 'patient-communication']],
  ['acute-care', 'Acute zorg', 'Acute care', ['spoedeisende hulp', 'seh', 'emergency care', 'ambulancezorg', 'emergency department'], ['triage', 'vital-signs', 'resuscitation']],
  ['intensive-care', 'Intensive care', 'Intensive care', ['ic', 'icu', 'ic-verpleegkunde', 'ic-verpleegkundige', 'critical care'], ['acute-care', 'vital-signs']],
  ['operating-room', 'Operatieassistentie en anesthesie', 'Operating room and anaesthesia assistance', ['operatiekamer', 'operatieassistent', 'anesthesiemedewerker', 'operating theatre', 'anaesthesia', 'perioperatieve zorg'], ['hygiene-protocols', 'patient-safety']],
  ['triage', 'Triage', 'Triage', ['triëren', 'urgentiebepaling', 'nederlandse triage standaard', 'manchester triage'], ['acute-care', 'clinical-reasoning']],
  ['resuscitation', 'Reanimatie (BLS)', 'Resuscitation (BLS)', ['reanimeren', 'bls', 'basic life support', 'aed', 'cpr'], ['first-aid', 'acute-care']],
  ['diabetes-care', 'Diabeteszorg', 'Diabetes care', ['diabetes', 'diabetesverpleegkundige', 'insuline', 'bloedglucose'], ['dietetics', 'medication-administration']],
  ['hygiene-protocols', 'Hygiëneprotocollen', 'Hygiene protocols', ['hygiëne', 'hygiene', 'handhygiëne', 'hand hygiene', 'steriel werken', 'aseptisch werken', 'sterile technique'], ['infection-prevention', 'wound-care']],
  ['infection-prevention', 'Infectiepreventie', 'Infection prevention and control', ['infection control', 'ipc', 'isolatiemaatregelen', 'brmo', 'mrsa'], ['hygiene-protocols', 'patient-safety']],
  ['patient-safety', 'Patiëntveiligheid', 'Patient safety', ['patientveiligheid', 'vim', 'veilig incident melden', 'incidentmelding', 'cliëntveiligheid'], ['medication-safety', 'infection-prevention']],
  ['fall-prevention', 'Valpreventie', 'Fall prevention', ['vallen voorkomen', 'valrisico', 'falls prevention'], ['elderly-care', 'patient-safety']],
  ['patient-handling', 'Tiltechnieken en transfers', 'Patient handling and transfers', ['tillen', 'transfers', 'tilliften', 'ergonomisch werken', 'patient transfer'], ['elderly-care', 'physiotherapy']],
  ['patient-communication', 'Communicatie met patiënten', 'Patient communication', ['patiëntcommunicatie', 'cliëntgesprekken', 'communicatie met cliënten', 'slechtnieuwsgesprek', 'bedside manner'], ['shared-decision-making', 'motivational-interviewing', 'communication']],
  ['shared-decision-making', 'Samen beslissen', 'Shared decision-making', ['gedeelde besluitvorming', 'shared decision making'], ['patient-communication', 'person-centred-care']],
  ['person-centred-care', 'Persoonsgerichte zorg', 'Person-centred care', ['persoonsgericht werken', 'cliëntgerichte zorg', 'patient-centred care', 'positieve gezondheid', 'positive health'], ['shared-decision-making', 'care-planning']],
  ['motivational-interviewing', 'Motiverende gespreksvoering', 'Motivational interviewing', ['motiverende gesprekstechniek', 'leefstijlcoaching', 'lifestyle coaching'], ['patient-communication', 'addiction-care']],
  ['de-escalation', 'De-escalatie en agressiehantering', 'De-escalation and aggression management', ['agressiehantering', 'omgaan met agressie', 'de-escaleren', 'onbegrepen gedrag', 'challenging behaviour'], ['mental-health-care', 'disability-care']],
  ['anatomy-physiology', 'Anatomie en fysiologie', 'Anatomy and physiology', ['anatomie', 'fysiologie', 'pathologie', 'pathology', 'ziekteleer'], ['pharmacology', 'clinical-reasoning']],
  ['e-health', 'E-health en zorgtechnologie', 'eHealth and care technology', ['ehealth', 'zorgtechnologie', 'domotica', 'telemonitoring', 'digitale zorg', 'beeldbellen', 'healthcare technology'], ['person-centred-care', 'internet-of-things']],
  ['medical-imaging', 'Medische beeldvorming', 'Medical imaging', ['radiologie', 'mbrt', 'röntgen', 'x-ray', 'ct-scan', 'mri', 'echografie', 'radiotherapie'], ['anatomy-physiology']],
  ['medical-laboratory', 'Medisch laboratoriumonderzoek', 'Medical laboratory science', ['laboratorium', 'klinische chemie', 'bloedonderzoek', 'microbiologie', 'labanalist'], ['infection-prevention']],
  ['public-health', 'Publieke gezondheid', 'Public health', ['gezondheidsbevordering', 'preventie', 'ggd', 'epidemiologie', 'epidemiology', 'health promotion'], ['statistics', 'motivational-interviewing']],
  ['healthcare-management', 'Zorgmanagement', 'Healthcare management', ['management in de zorg', 'zorgorganisatie', 'zorginkoop', 'wlz', 'wmo', 'zorgverzekeringswet'], ['leadership', 'quality-management']],
];

const LOGISTICS: readonly Row[] = [
  ['supply-chain-management', 'Ketenmanagement', 'Supply chain management', ['supply chain', 'scm', 'ketenregie', 'logistiek management', 'logistics management', 'logistiek'], ['procurement', 'inventory-management', 'demand-forecasting']],
  ['warehouse-management', 'Magazijnbeheer', 'Warehouse management', ['warehousing', 'magazijn', 'distributiecentrum', 'orderpicking', 'wms', 'warehouse management system'], ['inventory-management', 'forklift-operation']],
  ['inventory-management', 'Voorraadbeheer', 'Inventory management', ['voorraad', 'stock control', 'voorraadplanning', 'inventory control'], ['warehouse-management', 'demand-forecasting']],
  ['transport-planning', 'Transportplanning', 'Transport planning', ['transportplanner', 'ritplanning', 'vervoersplanning', 'tms', 'transport management system', 'routeplanning'], ['route-optimisation', 'fleet-management']],
  ['route-optimisation', 'Routeoptimalisatie', 'Route optimisation', ['route optimization', 'vehicle routing', 'ritoptimalisatie'], ['transport-planning', 'operations-research']],
  ['operations-research', 'Operationeel onderzoek', 'Operations research', ['besliskunde', 'optimalisatie', 'optimisation', 'lineair programmeren', 'wachtrijtheorie'], ['route-optimisation', 'statistics']],
  ['procurement', 'Inkoop', 'Procurement', ['inkopen', 'purchasing', 'inkoper', 'buyer', 'leveranciersmanagement', 'supplier management'], ['supply-chain-management', 'contract-management']],
  ['demand-forecasting', 'Vraagvoorspelling', 'Demand forecasting', ['forecasting', 'vraagplanning', 'demand planning', 's&op', 'sales and operations planning'], ['inventory-management', 'statistics']],
  ['customs', 'Douane en handelsdocumentatie', 'Customs and trade compliance', ['douane', 'douaneformaliteiten', 'douaneaangifte', 'import en export', 'in- en uitvoer', 'trade compliance'], ['freight-forwarding', 'incoterms']],
  ['freight-forwarding', 'Expeditie', 'Freight forwarding', ['expediteur', 'forwarding', 'vrachtafhandeling', 'cargadoor', 'shipping agent'], ['customs', 'intermodal-transport']],
  ['incoterms', 'Incoterms', 'Incoterms', ['leveringsvoorwaarden', 'delivery terms'], ['customs', 'procurement']],
  ['intermodal-transport', 'Multimodaal transport', 'Intermodal transport', ['multimodaal vervoer', 'intermodaal', 'synchromodaal', 'modal shift'], ['inland-shipping', 'transport-planning']],
  ['port-logistics', 'Havenlogistiek', 'Port logistics', ['havenlogistiek', 'containerlogistiek', 'terminaloperaties', 'terminal operations', 'stuwadoor', 'overslag'], ['intermodal-transport', 'freight-forwarding']],
  ['dangerous-goods', 'Gevaarlijke stoffen (ADR)', 'Dangerous goods (ADR)', ['adr', 'adn', 'imdg', 'gevaarlijke stoffen', 'hazardous materials', 'hazmat', 'pgs 15'], ['process-safety', 'transport-planning']],
  ['forklift-operation', 'Heftruck rijden', 'Forklift operation', ['heftruck', 'heftruckcertificaat', 'reachtruck', 'forklift', 'vorkheftruck'], ['warehouse-management']],
  ['fleet-management', 'Wagenparkbeheer', 'Fleet management', ['wagenpark', 'vlootbeheer', 'fleet'], ['transport-planning']],
  ['cold-chain', 'Koelketen', 'Cold chain logistics', ['gekoeld transport', 'temperatuurgecontroleerd transport', 'cold chain', 'haccp'], ['warehouse-management', 'quality-management']],
  ['last-mile-delivery', 'Last-mile-logistiek', 'Last-mile delivery', ['stadslogistiek', 'city logistics', 'pakketbezorging', 'last mile'], ['route-optimisation', 'transport-planning']],
  ['reverse-logistics', 'Retourlogistiek', 'Reverse logistics', ['retouren', 'returns', 'retourstromen'], ['circular-economy', 'warehouse-management']],
  ['sustainable-logistics', 'Duurzame logistiek', 'Sustainable logistics', ['groene logistiek', 'green logistics', 'zero-emissietransport', 'zero-emission transport'], ['energy-transition', 'transport-planning']],
];

const CONSTRUCTION: readonly Row[] = [
  ['construction-management', 'Bouwmanagement', 'Construction management', ['uitvoerder', 'uitvoering', 'bouwprojectmanagement', 'projectleider bouw', 'site management', 'integraal bouwmanagement'], ['construction-planning', 'cost-estimating', 'project-management']],
  ['construction-planning', 'Werkvoorbereiding', 'Construction work preparation', ['werkvoorbereider', 'bouwplanning', 'construction planning'], ['construction-management', 'cost-estimating']],
  ['cost-estimating', 'Calculatie', 'Cost estimating', ['calculator', 'bouwbegroting', 'kostenraming', 'cost estimation', 'bouwkosten'], ['construction-planning', 'tendering']],
  ['tendering', 'Aanbesteden', 'Tendering', ['aanbesteding', 'tender', 'aanbestedingsrecht', 'emvi', 'bid management', 'inschrijven op aanbestedingen'], ['cost-estimating', 'uav-gc']],
  ['uav-gc', 'Contractvormen (UAV en UAV-GC)', 'Construction contracts (UAV and UAV-GC)', ['uav', 'uav 2012', 'design & construct', 'bouwcontracten', 'bestek'], ['tendering', 'contract-management']],
  ['bim', 'BIM', 'BIM (Building Information Modelling)', ['bouwinformatiemodel', 'building information modelling', 'building information modeling', 'ifc', 'bim-modelleur', 'bim-coördinator', 'navisworks'], ['revit', 'cad-3d-modelling']],
  ['revit', 'Revit', 'Revit', ['autodesk revit'], ['bim', 'autocad']],
  ['architectural-design', 'Bouwkundig ontwerpen', 'Architectural design', ['bouwkunde', 'bouwkundige', 'architectuur', 'architecture', 'gebouwontwerp'], ['building-physics', 'bim']],
  ['structural-engineering', 'Constructief ontwerpen', 'Structural engineering', ['constructeur', 'constructieberekeningen', 'structural design', 'eurocode', 'constructieleer'], ['concrete-technology', 'steel-construction', 'strength-of-materials']],
  ['concrete-technology', 'Betontechnologie', 'Concrete technology', ['beton', 'betonbouw', 'gewapend beton', 'reinforced concrete', 'voorgespannen beton'], ['structural-engineering']],
  ['steel-construction', 'Staalbouw', 'Steel construction', ['staalconstructies', 'staalbouwkunde', 'steel structures'], ['structural-engineering', 'welding-technology']],
  ['timber-construction', 'Houtbouw', 'Timber construction', ['houtconstructies', 'clt', 'biobased bouwen', 'timber frame'], ['sustainable-building', 'structural-engineering']],
  ['building-physics', 'Bouwfysica', 'Building physics', ['bouwfysisch', 'akoestiek', 'acoustics', 'warmte- en vochthuishouding', 'beng'], ['sustainable-building', 'energy-management']],
  ['sustainable-building', 'Duurzaam bouwen', 'Sustainable building', ['circulair bouwen', 'nul-op-de-meter', 'energieneutraal bouwen', 'breeam', 'green building'], ['building-physics', 'circular-economy']],
  ['building-regulations', 'Bouwregelgeving', 'Building regulations', ['bouwbesluit', 'besluit bouwwerken leefomgeving', 'bbl', 'omgevingswet', 'omgevingsvergunning', 'wet kwaliteitsborging', 'wkb'], ['architectural-design', 'urban-planning']],
  ['building-services', 'Installatietechniek', 'Building services engineering', ['w-installaties', 'e-installaties', 'installateur', 'mep', 'building services'], ['hvac', 'electrical-installations']],
  ['hvac', 'Klimaattechniek (HVAC)', 'HVAC', ['klimaattechniek', 'verwarming', 'ventilatie', 'airconditioning', 'koeltechniek', 'klimaatinstallaties'], ['building-services', 'heat-pumps']],
  ['road-construction', 'Wegenbouw', 'Road construction', ['wegenbouwkunde', 'asfalt', 'wegontwerp', 'road design', 'verkeerskunde'], ['civil-engineering', 'surveying']],
  ['surveying', 'Landmeten', 'Land surveying', ['landmeetkunde', 'maatvoering', 'land surveyor', 'gps-meten', 'puntenwolk', 'laserscanning'], ['road-construction', 'gis']],
  ['renovation', 'Renovatie en gebouwonderhoud', 'Building renovation and maintenance', ['renovatie', 'vastgoedonderhoud', 'mjop', 'meerjarenonderhoudsplan', 'restauratie'], ['sustainable-building', 'building-physics']],
  ['urban-planning', 'Ruimtelijke ordening en stedenbouw', 'Urban and spatial planning', ['stedenbouw', 'ruimtelijke ordening', 'ruimtelijke planning', 'urban planning', 'gebiedsontwikkeling', 'area development'], ['building-regulations', 'water-management']],
  ['vca', 'VCA (veilig werken)', 'VCA safety certificate', ['vca basis', 'vca vol', 'vca-vol', 'veiligheid op de bouwplaats', 'site safety', 'veilig werken'], ['risk-assessment', 'construction-management']],
];

const EDUCATION: readonly Row[] = [
  ['didactics', 'Didactiek', 'Didactics', ['didactisch', 'lesgeven', 'teaching', 'onderwijzen', 'instructie geven', 'directe instructie'], ['lesson-planning', 'classroom-management']],
  ['lesson-planning', 'Lessen voorbereiden', 'Lesson planning', ['lesvoorbereiding', 'lesplan', 'lesontwerp', 'lesson design'], ['didactics', 'curriculum-development']],
  ['classroom-management', 'Klassenmanagement', 'Classroom management', ['orde houden', 'groepsdynamiek', 'pedagogisch klimaat'], ['didactics', 'pedagogy']],
  ['pedagogy', 'Pedagogiek', 'Pedagogy', ['pedagogisch', 'opvoedkunde', 'pedagoog', 'pedagogisch medewerker', 'pedagogical skills'], ['child-development', 'classroom-management']],
  ['child-development', 'Ontwikkelingspsychologie', 'Child development', ['ontwikkeling van kinderen', 'kindontwikkeling', 'developmental psychology'], ['pedagogy', 'youth-care']],
  ['differentiated-instruction', 'Differentiëren', 'Differentiated instruction', ['differentiatie', 'differentieren', 'adaptief onderwijs', 'maatwerk in de klas'], ['didactics', 'inclusive-education']],
  ['inclusive-education', 'Passend onderwijs', 'Inclusive education', ['zorgleerlingen', 'special needs education', 'speciaal onderwijs', 'leerproblemen', 'dyslexie'], ['differentiated-instruction', 'pedagogy']],
  ['curriculum-development', 'Curriculumontwikkeling', 'Curriculum development', ['onderwijsontwikkeling', 'leerplanontwikkeling', 'curriculum design', 'onderwijsontwerp'], ['assessment-design', 'lesson-planning']],
  ['assessment-design', 'Toetsontwikkeling', 'Assessment design', ['toetsen', 'toetsing', 'assessment', 'beoordelen', 'rubrics', 'examinering'], ['curriculum-development', 'feedback']],
  ['educational-technology', 'Onderwijstechnologie en e-learning', 'Educational technology and e-learning', ['e-learning', 'blended learning', 'ict in het onderwijs', 'edtech', 'elektronische leeromgeving', 'moodle'], ['training-design', 'curriculum-development']],
  ['training-design', 'Trainingen ontwikkelen en geven', 'Training design and delivery', ['trainen', 'trainer', 'training geven', 'workshops geven', 'instructional design'], ['presenting', 'educational-technology']],
  ['coaching', 'Coaching', 'Coaching', ['coachen', 'loopbaanbegeleiding', 'studieloopbaanbegeleiding', 'slb', 'mentoring', 'mentoraat'], ['feedback', 'communication']],
  ['stem-education', 'Bèta- en techniekonderwijs', 'STEM education', ['bètaonderwijs', 'techniekonderwijs', 'stem', 'wetenschap en techniek', 'science education'], ['didactics']],
  ['dutch-second-language', 'Nederlands als tweede taal (NT2)', 'Dutch as a second language', ['nt2', 'nederlands als tweede taal', 'inburgering', 'taalcoaching'], ['dutch-language', 'didactics']],
  ['early-childhood-education', 'Voor- en vroegschoolse educatie', 'Early childhood education', ['vve', 'kinderopvang', 'jonge kind', 'peuterspeelzaal', 'early years'], ['child-development', 'pedagogy']],
  ['workplace-supervision', 'Praktijkbegeleiding', 'Workplace learning supervision', ['praktijkopleider', 'werkplekbegeleider', 'stagebegeleiding', 'leermeester', 'bpv-begeleiding', 'workplace mentor'], ['coaching', 'feedback']],
];

const GENERAL: readonly Row[] = [
  ['communication', 'Communicatieve vaardigheden', 'Communication skills', ['communiceren', 'communicatie', 'mondeling communiceren', 'communication', 'communicatief vaardig'], ['presenting', 'written-communication', 'teamwork']],
  ['written-communication', 'Schriftelijk communiceren', 'Written communication', ['schrijven', 'schrijfvaardigheid', 'writing', 'zakelijk schrijven'], ['report-writing', 'communication']],
  ['report-writing', 'Rapporteren', 'Report writing', ['rapporten schrijven', 'verslagen schrijven', 'adviesrapport', 'scriptie schrijven', 'technical writing', 'technisch schrijven'], ['written-communication', 'research-skills']],
  ['presenting', 'Presenteren', 'Presenting', ['presentaties geven', 'presentatievaardigheden', 'presentation skills', 'pitchen', 'pitching', 'public speaking'], ['communication', 'training-design']],
  ['planning-organising', 'Plannen en organiseren', 'Planning and organising', ['plannen', 'organiseren', 'organisatievermogen', 'planning', 'organising', 'organizing'], ['time-management', 'project-management']],
  ['time-management', 'Timemanagement', 'Time management', ['tijdmanagement', 'prioriteren', 'prioriteiten stellen', 'deadlines halen', 'prioritising'], ['planning-organising', 'self-management']],
  ['self-management', 'Zelfstandig werken', 'Working independently', ['zelfstandigheid', 'zelfsturing', 'self-management', 'eigen verantwoordelijkheid', 'independence'], ['time-management', 'initiative']],
  ['initiative', 'Initiatief nemen', 'Taking initiative', ['proactief', 'initiatief', 'eigenaarschap', 'ownership', 'proactive'], ['self-management', 'entrepreneurship']],
  ['teamwork', 'Samenwerken', 'Teamwork', ['samenwerking', 'teamspeler', 'team player', 'collaboration', 'multidisciplinair samenwerken'], ['communication', 'conflict-management']],
  ['project-management', 'Projectmanagement', 'Project management', ['projectleiding', 'projectmatig werken', 'projectleider', 'project manager', 'projectplanning', 'ipma'], ['prince2', 'agile-scrum', 'planning-organising']],
  ['prince2', 'PRINCE2', 'PRINCE2', ['prince 2', 'prince2 foundation'], ['project-management']],
  ['agile-scrum', 'Agile en Scrum', 'Agile and Scrum', ['agile', 'scrum', 'kanban', 'scrum master', 'product owner', 'sprints'], ['project-management', 'requirements-engineering']],
  ['problem-solving', 'Probleemoplossend vermogen', 'Problem solving', ['probleemoplossend', 'problemen oplossen', 'oplossingsgericht', 'solution-oriented', 'troubleshooting'], ['analytical-thinking', 'critical-thinking']],
  ['analytical-thinking', 'Analytisch denken', 'Analytical thinking', ['analytisch vermogen', 'analytische vaardigheden', 'analytical skills', 'analyseren'], ['problem-solving', 'data-analysis']],
  ['critical-thinking', 'Kritisch denken', 'Critical thinking', ['kritisch denkvermogen', 'kritische houding', 'reflectief denken'], ['analytical-thinking', 'research-skills']],
  ['creativity', 'Creativiteit', 'Creativity', ['creatief', 'creatief denken', 'creative thinking', 'innovatief denken', 'out-of-the-box denken'], ['design-thinking', 'problem-solving']],
  ['design-thinking', 'Design thinking', 'Design thinking', ['ontwerpend denken', 'human-centred design', 'co-creatie', 'co-creation', 'service design'], ['creativity', 'user-research']],
  ['research-skills', 'Onderzoeksvaardigheden', 'Research skills', ['onderzoeken', 'praktijkgericht onderzoek', 'onderzoek doen', 'applied research', 'literatuuronderzoek', 'methodologie'], ['critical-thinking', 'report-writing', 'statistics']],
  ['dutch-language', 'Nederlands', 'Dutch', ['nederlandse taal', 'dutch language', 'nederlandstalig', 'taalvaardigheid nederlands'], ['english-language', 'written-communication']],
  ['english-language', 'Engels', 'English', ['engelse taal', 'english language', 'engelstalig', 'business english'], ['dutch-language', 'german-language']],
  ['german-language', 'Duits', 'German', ['duitse taal', 'german language', 'deutsch', 'duitstalig'], ['english-language']],
  ['intercultural-competence', 'Interculturele competentie', 'Intercultural competence', ['interculturele communicatie', 'intercultural communication', 'diversiteit en inclusie', 'diversity and inclusion', 'internationaal werken'], ['communication', 'english-language']],
  ['customer-focus', 'Klantgerichtheid', 'Customer focus', ['klantgericht', 'klantvriendelijk', 'klantcontact', 'customer service', 'klantenservice', 'servicegericht'], ['communication', 'helpdesk-support']],
  ['leadership', 'Leidinggeven', 'Leadership', ['leiderschap', 'leidinggevend', 'people management', 'teamleider', 'aansturen'], ['coaching', 'change-management']],
  ['change-management', 'Verandermanagement', 'Change management', ['veranderkunde', 'organisatieverandering', 'implementatiemanagement'], ['leadership', 'stakeholder-management']],
  ['stakeholder-management', 'Stakeholdermanagement', 'Stakeholder management', ['omgevingsmanagement', 'belanghebbenden', 'stakeholders', 'omgevingsmanager'], ['communication', 'negotiation']],
  ['negotiation', 'Onderhandelen', 'Negotiation', ['onderhandelingsvaardigheden', 'negotiating', 'overtuigen', 'persuasion'], ['stakeholder-management', 'procurement']],
  ['conflict-management', 'Conflicthantering', 'Conflict management', ['conflicten oplossen', 'conflict resolution', 'mediation', 'bemiddelen'], ['teamwork', 'de-escalation']],
  ['advising', 'Adviseren', 'Advising', ['advies geven', 'adviesvaardigheden', 'consultancy', 'consulting', 'adviseur'], ['communication', 'stakeholder-management']],
  ['feedback', 'Feedback geven en ontvangen', 'Giving and receiving feedback', ['feedback geven', 'feedback ontvangen', 'feedforward', 'peer review'], ['reflection', 'coaching']],
  ['reflection', 'Reflecteren', 'Reflection', ['reflectie', 'zelfreflectie', 'self-reflection', 'reflective practice', 'persoonlijke ontwikkeling'], ['feedback', 'self-management']],
  ['adaptability', 'Flexibiliteit', 'Adaptability', ['flexibel', 'aanpassingsvermogen', 'wendbaarheid', 'flexibility', 'stressbestendigheid', 'resilience'], ['teamwork', 'problem-solving']],
  ['accuracy', 'Nauwkeurigheid', 'Attention to detail', ['nauwkeurig', 'zorgvuldig', 'zorgvuldigheid', 'precisie', 'accuracy', 'oog voor detail'], ['quality-management']],
  ['entrepreneurship', 'Ondernemerschap', 'Entrepreneurship', ['ondernemend', 'ondernemerszin', 'startup', 'start-up', 'business development', 'intrapreneurship'], ['initiative', 'creativity']],
  ['process-improvement', 'Procesverbetering', 'Process improvement', ['procesoptimalisatie', 'continu verbeteren', 'continuous improvement', 'pdca', 'verbetercyclus'], ['lean-manufacturing', 'business-analysis']],
  ['contract-management', 'Contractmanagement', 'Contract management', ['contractbeheer', 'contractmanager', 'contract manager', 'sla-management'], ['procurement', 'uav-gc']],
  ['ms-office', 'Microsoft Office', 'Microsoft Office', ['office', 'word', 'powerpoint', 'outlook', 'office 365', 'microsoft 365'], ['excel', 'written-communication']],
  ['excel', 'Excel', 'Excel', ['microsoft excel', 'spreadsheets', 'draaitabellen', 'pivot tables', 'vert.zoeken', 'vlookup'], ['ms-office', 'data-analysis']],
  ['digital-literacy', 'Digitale vaardigheden', 'Digital literacy', ['digitale geletterdheid', 'computervaardigheden', 'computer skills', 'digital skills'], ['ms-office']],
  ['ethics', 'Ethisch handelen', 'Professional ethics', ['ethiek', 'beroepsethiek', 'integriteit', 'integrity', 'beroepscode'], ['critical-thinking', 'privacy-gdpr']],
  ['first-aid', 'EHBO en BHV', 'First aid and emergency response', ['ehbo', 'eerste hulp', 'eerste hulp bij ongelukken', 'bhv', 'bedrijfshulpverlening', 'emergency response'], ['resuscitation', 'vca']],
  ['marketing', 'Marketing', 'Marketing', ['online marketing', 'digitale marketing', 'digital marketing', 'marketingcommunicatie', 'seo', 'social media marketing'], ['communication', 'data-analysis']],
  ['sales', 'Verkoop', 'Sales', ['accountmanagement', 'acquisitie', 'commercieel', 'verkopen', 'account manager'], ['customer-focus', 'negotiation']],
  ['financial-management', 'Financieel management', 'Financial management', ['financiën', 'boekhouden', 'accounting', 'controlling', 'bedrijfseconomie', 'business case'], ['excel', 'project-management']],
  ['hr-management', 'Personeelsmanagement (HRM)', 'Human resource management', ['hrm', 'hr', 'personeelszaken', 'recruitment', 'werving en selectie', 'p&o'], ['leadership', 'communication']],
  ['policy-advice', 'Beleidsadvisering', 'Policy advice', ['beleid', 'beleidsmedewerker', 'beleidsadviseur', 'policy making', 'public administration', 'bestuurskunde'], ['advising', 'stakeholder-management']],
  ['professional-networking', 'Netwerken', 'Professional networking', ['relatienetwerk', 'netwerkvaardigheden', 'networking events', 'relatiebeheer', 'linkedin'], ['communication', 'sales']],
];

/** All skills, grouped by category; order is stable but has no meaning. */
export const SKILLS: readonly Skill[] = Object.freeze([
  ...group('ICT', ICT),
  ...group('ENGINEERING', ENGINEERING),
  ...group('HEALTHCARE', HEALTHCARE),
  ...group('LOGISTICS', LOGISTICS),
  ...group('CONSTRUCTION', CONSTRUCTION),
  ...group('EDUCATION', EDUCATION),
  ...group('GENERAL', GENERAL),
]);

export const SKILL_IDS: ReadonlySet<string> = new Set(SKILLS.map((s) => s.id));

const BY_ID: ReadonlyMap<string, Skill> = new Map(SKILLS.map((s) => [s.id, s]));

export function skillById(id: string): Skill | undefined {
  return BY_ID.get(id);
}

export function isSkillId(value: unknown): value is string {
  return typeof value === 'string' && SKILL_IDS.has(value);
}

export function skillsInCategory(category: SkillCategory): readonly Skill[] {
  return SKILLS.filter((s) => s.category === category);
}

/**
 * Normalises a term for matching: lower case, accents removed (é -> e, ï -> i),
 * whitespace collapsed. 'Diëtetiek ' and 'dietetiek' normalise alike.
 */
export function normalizeSkillTerm(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every term (id, labels, synonyms) of a skill, normalised and without duplicates. */
export function skillTerms(skill: Skill): string[] {
  return [...new Set([skill.id, skill.nl, skill.en, ...skill.synonyms].map(normalizeSkillTerm))];
}

let termIndex: Map<string, Skill> | undefined;

/**
 * Resolves a free-text term (id, Dutch or English label, or synonym; any case, with or
 * without accents) to a skill. Whole-term match only; undefined when not known.
 */
export function resolveSkill(term: string): Skill | undefined {
  if (!termIndex) {
    const index = new Map<string, Skill>();
    for (const skill of SKILLS) {
      for (const t of skillTerms(skill)) if (!index.has(t)) index.set(t, skill);
    }
    termIndex = index;
  }
  return termIndex.get(normalizeSkillTerm(term));
}
