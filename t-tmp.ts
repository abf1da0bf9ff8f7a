import { KotaeService } from './src/core/kotae-service.js';
import { makeKnowledgeFolder } from './tests/helpers/knowledge-folder.js';
import { CRAFTED_FILES } from './tests/bots/slack/fixtures.js';
const { dir, cleanup } = makeKnowledgeFolder({ files: CRAFTED_FILES });
const k = new KotaeService(dir); await k.start();
for (const q of ['宇宙旅行の予定はありますか', 'ズッキーニの美味しい焼き方', '猫の好きな食べ物は何ですか', 'What is the best zucchini recipe?', '社員旅行の行き先はどこですか', 'データの暗号化はしていますか', 'バックアップは取得していますか', 'パスワードの最小文字数', 'ログの保存期間', 'ログ & 監査 記録 の保存期間']) {
  const r = k.ask(q, { top: 3 });
  console.log(q, r.answered, r.results.map(x => `${x.id}:${x.confidence}`).join(' '));
}
cleanup();
