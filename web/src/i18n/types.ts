/** The English dictionary must have exactly the Dutch one's keys (every string translated). */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
