import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="selfScoring" />;
}

export { Screen as Component };
