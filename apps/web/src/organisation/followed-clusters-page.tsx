import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="followedClusters" />;
}

export { Screen as Component };
