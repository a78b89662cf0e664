export const runtime = 'edge';
export default function Layout({ children }: { children: unknown }) { return children; }
