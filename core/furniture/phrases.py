"""The words news pages put around a story, in the ten languages news sites use most.

Data only: each table maps a reason a user can read ("share button") to the interface phrases
that earn it, written the way `core.furniture.evidence.normalize_line` folds a paragraph
(casefolded, punctuation and counts stripped, one space between words). English, French,
German, Spanish, Portuguese, Italian, Chinese, Japanese, Russian and Arabic.

A phrase here only ever matches a whole paragraph (or, for `LIST_HEADINGS`, the start or end of
a paragraph of a few words), never words inside a sentence, so "share" in "shares fell 3%" is
safe. Imports nothing.
"""

from __future__ import annotations

from typing import Final

SHARE_BUTTON: Final = "share button"
SKIP_LINK: Final = "skip link"
COMMENT_COUNT: Final = "comment count"
REPLY_FORM: Final = "reply form"
ADVERTISEMENT: Final = "advertisement"
NEWSLETTER: Final = "newsletter sign-up"
NAVIGATION: Final = "navigation"
MEDIA_PLAYER: Final = "media player"
SOURCE_LINK: Final = "source link"
COUNTER: Final = "counter"
LIST_OF_STORIES: Final = "list of other stories"
DISCLAIMER: Final = "disclaimer"
PHOTO_CAPTION: Final = "photo caption"
RULE: Final = "rule"
SITE_NAME: Final = "site name"
TAGS: Final = "topic tags"
ONLY_HERE: Final = "only in this version, outside the story"

# The tables are hand-wrapped by language, not one phrase a line.
# fmt: off
# Whole-paragraph phrases: a paragraph that is exactly one of these is furniture wherever it is.
INTERFACE_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    SHARE_BUTTON: (
        "share", "share this", "share this article", "share this story", "share article",
        "share on facebook", "share on twitter", "share on x", "share on whatsapp",
        "share on linkedin", "share via email", "share by email", "copy link", "link copied",
        "tweet", "email", "print", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
        "facebook twitter", "facebook twitter email", "facebook twitter whatsapp", "partager",
        "partager cet article", "partager sur facebook", "teilen", "artikel teilen", "compartir",
        "compartir en facebook", "compartilhar", "compartilhe", "condividi",
        "condividi su facebook", "分享", "分享到", "分享到微信", "シェア", "ツイート", "共有",
        "поделиться", "مشاركة", "شارك",
    ),
    SKIP_LINK: (
        "skip to main content", "skip to content", "skip to navigation", "skip navigation",
        "jump to content", "aller au contenu", "aller au contenu principal",
        "zum inhalt springen", "direkt zum inhalt", "zum hauptinhalt springen",
        "saltar al contenido", "saltar al contenido principal", "ir al contenido",
        "pular para o conteúdo", "ir para o conteúdo", "vai al contenuto", "salta al contenuto",
        "跳到主要内容", "跳转到主要内容", "跳至正文", "本文へスキップ",
        "メインコンテンツにスキップ", "本文へ移動", "перейти к содержанию",
        "перейти к основному содержанию", "تخطي إلى المحتوى", "انتقل إلى المحتوى",
    ),
    COMMENT_COUNT: (
        "comment", "comments", "view comments", "show comments", "no comments", "commentaire",
        "commentaires", "kommentar", "kommentare", "comentario", "comentarios", "comentário",
        "comentários", "commento", "commenti", "评论", "评论区", "コメント", "комментарий",
        "комментарии", "комментариев", "تعليق", "تعليقات", "reply", "replies",
    ),
    REPLY_FORM: (
        "leave a reply", "leave a response", "leave a comment", "post a comment", "post comment",
        "add a comment", "cancel reply", "your email address will not be published",
        "your email address will not be published required fields are marked",
        "required fields are marked", "name", "email", "website",
        "save my name email and website in this browser for the next time i comment",
        "laisser un commentaire", "laisser une réponse", "répondre",
        "votre adresse e-mail ne sera pas publiée",
        "votre adresse de messagerie ne sera pas publiée", "schreibe einen kommentar",
        "hinterlasse einen kommentar", "antworten",
        "deine e-mail-adresse wird nicht veröffentlicht",
        "ihre e-mail-adresse wird nicht veröffentlicht", "deja una respuesta",
        "deja un comentario", "responder", "tu dirección de correo electrónico no será publicada",
        "deixe uma resposta", "deixe um comentário",
        "o seu endereço de e-mail não será publicado",
        "seu endereço de e-mail não será publicado", "lascia un commento", "lascia una risposta",
        "rispondi", "il tuo indirizzo email non sarà pubblicato", "发表评论", "发表回复",
        "您的电子邮箱地址不会被公开", "コメントを残す", "コメントする",
        "メールアドレスが公開されることはありません", "оставить комментарий",
        "оставьте комментарий", "добавить комментарий", "ответить",
        "ваш адрес email не будет опубликован", "اترك تعليقاً", "اترك تعليقا", "أضف تعليق",
        "لن يتم نشر عنوان بريدك الإلكتروني",
    ),
    ADVERTISEMENT: (
        "advertisement", "advertising", "ad", "sponsored", "sponsored content",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "publicité", "anzeige", "werbung", "publicidad", "publicidade",
        "pubblicità", "广告", "広告", "スポンサーリンク", "реклама", "إعلان", "محتوى إعلاني",
    ),
    NEWSLETTER: (
        "subscribe", "subscribe now", "sign up", "sign up now", "sign up for our newsletter",
        "subscribe to our newsletter", "get our newsletter", "newsletter", "log in", "sign in",
        "register", "create an account", "abonnez-vous", "s'abonner", "s abonner",
        "inscrivez-vous à notre newsletter", "jetzt abonnieren", "abonnieren",
        "newsletter abonnieren", "suscríbete", "suscribirse", "assine", "assine já",
        "inscreva-se", "iscriviti", "abbonati", "订阅", "立即订阅", "登录", "購読", "今すぐ登録",
        "ログイン", "подписаться", "подпишитесь", "войти", "اشترك", "اشترك الآن", "تسجيل الدخول",
    ),
    NAVIGATION: (
        "home", "menu", "search", "back to top", "next article", "previous article", "next story",
        "previous story", "close", "open menu", "main menu", "accueil", "retour en haut",
        "article suivant", "startseite", "nach oben", "nächster artikel", "inicio",
        "volver arriba", "siguiente artículo", "início", "voltar ao topo", "próxima notícia",
        "torna su", "articolo successivo", "首页", "返回顶部", "下一篇", "上一篇", "ホーム",
        "トップへ戻る", "次の記事", "главная", "наверх", "следующая статья", "الرئيسية",
        "العودة للأعلى", "المقال التالي",
    ),
    MEDIA_PLAYER: (
        "listen", "listen to this article", "play", "play video", "watch", "watch video", "video",
        "audio", "gallery", "photos", "photo gallery", "view gallery", "enlarge this image",
        "toggle caption", "hide caption", "image", "écouter", "écouter cet article", "anhören",
        "artikel anhören", "escuchar", "ouvir", "ascolta", "播放", "再生", "слушать", "استمع",
    ),
    SOURCE_LINK: (
        "source link", "source", "original article", "view original", "read the original",
        "read more", "read full article", "continue reading", "lire la suite", "weiterlesen",
        "leer más", "leia mais", "leggi di più", "阅读全文", "阅读原文", "続きを読む",
        "читать далее", "اقرأ المزيد", "المصدر", "read the original article",
        "read original article", "lire l'article original",
    ),
    COUNTER: (
        "views", "view", "view all", "see all", "show all", "show more", "load more", "likes",
        "like", "shares", "min read", "minute read", "minutes read", "reads", "vues", "lecture",
        "aufrufe", "vistas", "visualizações", "visualizzazioni", "阅读", "浏览", "閲覧",
        "просмотры", "просмотров", "مشاهدة", "مشاهدات", "min de lecture", "min lesezeit",
        "minuten lesezeit", "min de lectura", "min de leitura", "min di lettura", "分钟阅读",
        "分で読めます", "мин чтения", "دقائق للقراءة",
    ),
}

# Headings of the boxes of other stories. A short paragraph that starts or ends with one of
# these ("CTV News Top Stories", "More from Reuters") opens such a box.
LIST_HEADINGS: Final = (
    "related", "related stories", "related articles", "related coverage", "related content",
    "related news", "related topics", "top stories", "more stories", "more news", "more from",
    "latest from", "latest from blog", "latest news", "latest stories", "most read",
    "most popular", "most viewed", "popular now", "trending", "trending now", "you may also like",
    "you might also like", "recommended", "recommended for you", "also read", "read also",
    "read next", "what to read next", "more on this story", "editor's picks", "editors picks",
    "don't miss", "in other news", "elsewhere", "à lire aussi", "lire aussi", "les plus lus",
    "sur le même sujet", "à la une", "mehr zum thema", "das könnte sie auch interessieren",
    "meistgelesen", "auch interessant", "noticias relacionadas", "te puede interesar",
    "lo más leído", "más noticias", "leia também", "mais lidas", "notícias relacionadas",
    "veja também", "leggi anche", "articoli correlati", "i più letti", "potrebbe interessarti",
    "相关新闻", "相关阅读", "推荐阅读", "热门文章", "热门新闻", "延伸阅读", "関連記事",
    "関連ニュース", "人気記事", "おすすめ記事", "читайте также", "похожие новости",
    "самое читаемое", "по теме", "اقرأ أيضا", "اقرأ أيضاً", "مواضيع ذات صلة", "الأكثر قراءة",
    "أخبار ذات صلة", "related posts",
)

# Disclaimers and syndication notes; furniture only outside the story. A label counts only with
# its separator after it ("Disclaimer:"), a sentence as it stands.
DISCLAIMER_LABELS: Final = (
    "disclaimer", "avertissement", "haftungsausschluss", "aviso legal",
    "descargo de responsabilidad", "isenção de responsabilidade", "esclusione di responsabilità",
    "免责声明", "免責事項", "отказ от ответственности", "إخلاء المسؤولية",
)
DISCLAIMER_SENTENCES: Final = (
    "(this story has not been edited", "this story has not been edited",
    "this post has been auto-published", "this article has been auto-published",
    "(except for the headline", "except for the headline",
)

# Paragraph openings of topic tag lists ("Tags: Ukraine, Russia").
TAG_OPENINGS: Final = (
    "tags", "topics", "filed under", "mots-clés", "schlagwörter", "etiquetas", "tag", "标签",
    "タグ", "теги", "الوسوم",
)

# Words of a photo credit, in the scripts a word boundary cannot find, inside the parentheses
# that close a caption ("（写真：共同通信）", "（图/新华社）").
CREDIT_WORDS_UNSPACED: Final = ("写真", "图/", "图：", "摄", "图片", "фото", "صورة")

# Openings of captions: "FILE - ", "FILE PHOTO: ", BBC's "Image caption", agency photo notes.
# Each ends with its separator: "File photos show..." opens a story sentence, not a caption.
CAPTION_OPENINGS: Final = (
    "file -", "file –", "file —", "file:", "file photo -", "file photo –", "file photo —",
    "file photo:", "image caption,", "image caption:", "image source,", "image source:",
    "media caption,", "caption:", "photo:", "photograph:", "pictured:", "archive photo:",
    "foto:", "fotografía:", "legenda:", "didascalia:", "图片来源：", "资料图：", "资料图片：",
    "写真：", "фото:", "صورة:", "photo d'archive:", "archivbild:", "archivfoto:",
)
# fmt: on
