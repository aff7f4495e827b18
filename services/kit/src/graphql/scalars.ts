import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** The shared scalars of contracts/schema/shared.graphql, resolved the same way in every subgraph. */
export const scalarResolvers = { LocalDate: LocalDateResolver, DateTime: DateTimeResolver };
