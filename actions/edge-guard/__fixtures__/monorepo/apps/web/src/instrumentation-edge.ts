export const where = 'edge';
