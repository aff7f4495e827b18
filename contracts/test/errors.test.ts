import { buildASTSchema, isEnumType } from 'graphql';
import { Reasons, normaliseEmail, subgraphTypeDefs } from '../src';

describe('the error vocabulary', () => {
  it('documents every reason constant in the schema’s ErrorReason enum, and no other', () => {
    const schema = buildASTSchema(subgraphTypeDefs('identity'), { assumeValidSDL: true });
    const reasonEnum = schema.getType('ErrorReason');
    expect(isEnumType(reasonEnum) && reasonEnum.getValues().map((v) => v.name).sort()).toEqual(Object.keys(Reasons).sort());
  });

  it('compares e-mail addresses trimmed and case-insensitively', () => {
    expect(normaliseEmail('  Staff@CareerBoost.NL ')).toBe('staff@careerboost.nl');
  });
});
