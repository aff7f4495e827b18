import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, hostService, readEnv, type OutgoingEvent, type RunningService, type Runtime } from '@cb/kit';
import { searchService } from '../../src/service';
import { assignmentFacts, companyFacts, eventually, events, studentFacts } from './fixtures';

interface GraphQLResponse {
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * The search service as the embedded marketplace hosts it: its own SQLite store, the durable event
 * log, the consumer, `beforeConsuming` and the subgraph over HTTP. Events go onto the log the way
 * the other services' outbox relays put them there.
 */
describe('search service, hosted on the embedded runtime', () => {
  let dir: string;
  let runtime: Runtime;
  let service: RunningService;
  let rewinds: jest.SpyInstance;

  async function start(): Promise<void> {
    runtime = await createRuntime(readEnv({ CB_DATA_DIR: dir, CB_SEED: 'never' }));
    rewinds = jest.spyOn(runtime.bus, 'rewind');
    service = await hostService(searchService, runtime, { host: '127.0.0.1', port: 0 });
  }

  async function stop(): Promise<void> {
    await service.stop();
    await runtime.close();
  }

  async function restart(between?: () => void): Promise<void> {
    await stop();
    between?.();
    await start();
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cb-search-service-'));
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'info').mockImplementation(() => undefined); // Apollo's start-up notes
    await start();
  });

  afterEach(async () => {
    await stop();
    jest.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  const publish = async (...outgoing: OutgoingEvent[]) => {
    for (const out of outgoing) await runtime.bus.publish(out.topic, [{ key: out.key, value: JSON.stringify(out.event) }]);
  };

  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse> {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  }

  const SEARCH = 'query($q: String, $size: Int) { searchAssignments(query: $q, pageSize: $size) { total hits { assignment { id } score } } }';
  const hitIds = async (q?: string) => ((await gql(SEARCH, { q })).data?.searchAssignments.hits ?? []).map((h: any) => h.assignment.id);
  const searchable = (q: string, id: string) => eventually(async () => (await hitIds(q)).includes(id), `"${q}" to find ${id}`);

  const searchFiles = () => readdirSync(dir).filter((f) => f.startsWith('search'));
  const committedOffsets = () => {
    const db = new Database(join(dir, 'event-log.sqlite'), { readonly: true });
    try {
      return db.prepare("SELECT topic, offset FROM committed WHERE group_id = 'search' ORDER BY topic").all();
    } finally {
      db.close();
    }
  };

  async function seed(): Promise<void> {
    await publish(
      events.companyRegistered(companyFacts('com-1', { name: 'Baggerwerken Merwede' })),
      events.assignmentPublished(assignmentFacts('asg-1', 'com-1', { title: 'Walstroom voor de binnenhaven' })),
      events.assignmentPublished(assignmentFacts('asg-2', 'com-1', { title: 'Sluisbesturing vernieuwen' })),
      events.studentRegistered(studentFacts('stu-1')),
    );
    await searchable('walstroom', 'asg-1');
    await searchable('sluisbesturing', 'asg-2');
  }

  it('answers searchAssignments to anyone and recommendAssignments to the student, over GraphQL', async () => {
    await seed();
    const found = await gql(SEARCH, { q: 'baggerwerken' });
    expect(found.data?.searchAssignments.total).toBe(2);

    const RECOMMEND = 'query($id: ID!, $lang: Language) { recommendAssignments(studentId: $id, language: $lang) { student { id } assignment { id } score reasons } }';
    const token = runtime.tokens.sign({ accountId: 'stu-1', role: 'STUDENT', studentId: 'stu-1' });
    const { data } = await gql(RECOMMEND, { id: 'stu-1', lang: 'EN' }, token);
    expect(data?.recommendAssignments).toHaveLength(2);
    expect(data?.recommendAssignments[0]).toMatchObject({ student: { id: 'stu-1' }, score: 100 });
    expect(data?.recommendAssignments[0].reasons).toContain('Has the required skill: TypeScript');

    // A signed-in student's search hits carry the same fit as matchFor gives; anyone else's none.
    const FIT = 'query { searchAssignments(query: "baggerwerken") { hits { assignment { id } fit(language: EN) { student { id } score eligible reasons } } } }';
    const MATCH = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Assignment { matchFor(studentId: "stu-1", language: EN) { score eligible reasons } } } }';
    const hits = (await gql(FIT, {}, token)).data?.searchAssignments.hits;
    expect(hits).toHaveLength(2);
    for (const hit of hits) {
      const direct = await gql(MATCH, { reps: [{ __typename: 'Assignment', id: hit.assignment.id }] }, token);
      expect(hit.fit).toEqual({ student: { id: 'stu-1' }, ...direct.data?._entities[0].matchFor });
    }
    const anonymousHits = (await gql(FIT)).data?.searchAssignments.hits;
    expect(anonymousHits.map((h: any) => h.fit)).toEqual([null, null]);
    const company = runtime.tokens.sign({ accountId: 'com-1', role: 'COMPANY', companyId: 'com-1' });
    expect((await gql(FIT, {}, company)).data?.searchAssignments.hits.map((h: any) => h.fit)).toEqual([null, null]);

    expect((await gql(RECOMMEND, { id: 'stu-1' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(RECOMMEND, { id: 'stu-1' }, 'not-a-token')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const other = runtime.tokens.sign({ accountId: 'stu-2', role: 'STUDENT', studentId: 'stu-2' });
    expect((await gql(RECOMMEND, { id: 'stu-1' }, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(SEARCH, { size: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resumes from its committed offsets after a restart, without a replay', async () => {
    await seed();
    await restart();
    expect(rewinds).not.toHaveBeenCalled();
    expect(await hitIds('walstroom')).toEqual(['asg-1']); // straight from the index file
    const before = committedOffsets();
    await publish(events.assignmentPublished(assignmentFacts('asg-3', 'com-1', { title: 'Nieuwe kademuur' })));
    await searchable('kademuur', 'asg-3');
    expect(committedOffsets()).not.toEqual(before);
  });

  it('rebuilds from the event log when the index file is deleted', async () => {
    await seed();
    await restart(() => rmSync(join(dir, 'search-index.json')));
    expect(rewinds).toHaveBeenCalledWith('search', expect.arrayContaining(['careerboost.assignments', 'careerboost.companies', 'careerboost.students']));
    await searchable('walstroom', 'asg-1');
    await searchable('sluisbesturing', 'asg-2');
  });

  it('rebuilds from the event log when all its files are deleted', async () => {
    await seed();
    await restart(() => searchFiles().forEach((f) => rmSync(join(dir, f))));
    expect(rewinds).toHaveBeenCalled();
    await searchable('walstroom', 'asg-1');
    expect(existsSync(join(dir, 'search.sqlite'))).toBe(true);
  });

  it('brings an index that trails its store (a crash before the debounced write) back in line without a replay', async () => {
    await seed();
    await restart(() => {
      const file = join(dir, 'search-index.json');
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      saved.documents = saved.documents.filter((d: { id: string }) => d.id !== 'asg-2');
      writeFileSync(file, JSON.stringify(saved));
    });
    expect(rewinds).not.toHaveBeenCalled();
    expect(await hitIds('sluisbesturing')).toEqual(['asg-2']);
  });

  it('keeps no trace of an erased student, also after a rebuild from the log', async () => {
    await seed();
    await publish(events.studentErased('stu-1'));
    const staff = runtime.tokens.sign({ accountId: 'stf-1', role: 'STAFF' });
    await eventually(
      async () => (await gql('query { recommendAssignments(studentId: "stu-1") { score } }', {}, staff)).errors?.[0].extensions?.code === 'NOT_FOUND',
      'the erasure to reach search',
    );
    await restart(() => searchFiles().forEach((f) => rmSync(join(dir, f))));
    await publish(events.assignmentPublished(assignmentFacts('asg-marker', 'com-1', { title: 'Na de herbouw' })));
    await searchable('herbouw', 'asg-marker'); // the replay has passed the erasure
    let traces: string[] = [];
    await restart(() => {
      traces = searchFiles().filter((f) => readFileSync(join(dir, f)).includes('stu-1'));
    });
    expect(traces).toEqual([]);
  });
});
