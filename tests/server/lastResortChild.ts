/** Run by contain.test.ts in its own process: a stray rejection and a stray exception inside requests, then proof of life. */
import { installLastResort } from '../../server/http/lastResort';
import { describeRequest, requestContext } from '../../server/http/requestContext';

installLastResort();
requestContext.run(describeRequest('GET', '/stray?key=secret-query'), () => {
  void Promise.reject(new Error('stray rejection'));
});
requestContext.run(describeRequest('POST', '/thrown'), () => {
  setTimeout(() => {
    throw new Error('stray exception');
  }, 10);
});
setTimeout(() => console.log('still running'), 100);
