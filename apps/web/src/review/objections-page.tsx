import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="objections" />;
}

export { Screen as Component };
