export function lisible(text: string): string;
