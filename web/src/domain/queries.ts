import { graphql } from '../api/__generated__';

/**
 * The skills autocomplete (components/SkillsEditor.tsx). Only ids: the labels come from the
 * bundled vocabulary, the same one the API uses.
 */
export const SKILLS_QUERY = graphql(`
  query FindSkills($query: String!, $language: Language, $limit: Int) {
    skills(query: $query, language: $language, limit: $limit) { id }
  }
`);
