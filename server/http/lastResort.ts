/**
 * The last resort: a rejection or exception no handler caught is logged (with
 * the method and path of the request it came from, when there was one) and
 * the process goes on. Every handler contains its own failures (contain.ts);
 * what arrives here is a bug or a stream error inside a library (a file that
 * became unreadable mid-response), and one such request must not end every
 * live session of the process.
 */
import { requestContext } from './requestContext';

let installed = false;

export function installLastResort(log: (line: string) => void = (line) => console.error(line)): void {
  if (installed) return;
  installed = true;
  const where = () => {
    const context = requestContext.getStore();
    return context ? ` in ${context.method} ${context.path}` : '';
  };
  const message = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.on('unhandledRejection', (reason) => log(`Unhandled rejection${where()}: ${message(reason)}`));
  process.on('uncaughtException', (error) => log(`Uncaught exception${where()}: ${message(error)}`));
}
