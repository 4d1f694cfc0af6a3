// The offline file's single script: the data and view first, then the app as it is served.
import './offline-boot';
import '../main';
