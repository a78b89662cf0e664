export const formatName = (n: string) => n.trim();
