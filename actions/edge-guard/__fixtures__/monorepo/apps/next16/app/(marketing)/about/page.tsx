import { Client } from 'pg';
export default function Page() { return String(new Client()); }
