# Hearth — العربية. يجب أن تكون كل رسالة هنا موجودة في كل لغة يتضمنها التطبيق.

## الإطار والتنقل
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-families = الأسر
nav-users = المستخدمون
nav-invitations = الدعوات
nav-notifications = الإشعارات
nav-account = حسابك
nav-unread = غير مقروءة
nav-sign-out = تسجيل الخروج
language = اللغة
language-change = تغيير اللغة
cancel = إلغاء

## الأدوار
role-organisation-admin = مسؤول المؤسسة
role-supervisor = مشرف
role-practitioner = أخصائي اجتماعي
role-community-manager = منسق المجتمع
role-peer-ambassador = سفير الأقران
role-family-member = فرد من الأسرة

## حقول النماذج
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-confirm-password = تأكيد كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-name = الاسم
field-role = الدور
field-team = الفريق
field-status = الحالة
field-language = اللغة
field-organisation = المؤسسة
form-has-errors = يُرجى تصحيح ما يلي:
team-none = بلا فريق

## تسجيل الدخول
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-no-account = تُنشأ الحسابات عن طريق الدعوة فقط. إذا كنت تنتظر حسابًا، فيُرجى التواصل مع الأخصائي الاجتماعي الذي يتابعك أو مع مسؤول مؤسستك.
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح. يُرجى المحاولة مرة أخرى.
login-throttled = محاولات كثيرة جدًا. حفاظًا على أمانك، أُوقف تسجيل الدخول مؤقتًا لمدة 15 دقيقة.
second-factor-title = أدخل رمز الاستخدام لمرة واحدة
second-factor-code = الرمز من تطبيق المصادقة
second-factor-hint = ستة أرقام. إذا فقدت هاتفك، فاكتب بدلًا من ذلك أحد رموز الاسترداد الخاصة بك.
second-factor-submit = متابعة
second-factor-wrong = هذا الرمز غير صحيح أو سبق استخدامه. جرّب أحدث رمز.

## كلمات المرور
password-rules = يجب ألا تقل عن 12 حرفًا. بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية يسهل تذكّرها.
password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
password-too-long = يجب ألا تزيد كلمة المرور على 128 حرفًا.
password-weak = كلمة المرور هذه سهلة التخمين. بضع كلمات غير مترابطة معًا تكون قوية وسهلة التذكر.
password-hint-keyboard-pattern = المفاتيح المتجاورة على لوحة المفاتيح من أول ما يُجرَّب.
password-hint-repeats = تكرار الحروف أو المجموعات لا يضيف الكثير.
password-hint-common = إنها من أكثر كلمات المرور استخدامًا أو قريبة من إحداها.
password-hint-sequence = التسلسلات مثل «abc» أو «1234» سهلة التخمين.
password-hint-dates = التواريخ والسنوات سهلة التخمين.
password-hint-single-word = الكلمة الواحدة، حتى مع رقم، سهلة التخمين.
password-hint-names = الأسماء وحدها سهلة التخمين.
password-contains-email = يجب ألا تحتوي كلمة المرور على عنوان بريدك الإلكتروني.
password-mismatch = كلمتا المرور غير متطابقتين.
password-current-wrong = كلمة المرور الحالية غير صحيحة.
password-changed = تم تغيير كلمة المرور، وتم تسجيل خروجك من جميع الأجهزة الأخرى.

## التحقق بخطوتين
enrol-title = إعداد التحقق بخطوتين
enrol-intro = تحمي حسابات الموظفين ملفات الأسر بخطوة ثانية عند تسجيل الدخول. افتح تطبيق المصادقة على هاتفك وامسح هذا الرمز.
enrol-qr-caption = امسح الرمز بتطبيق المصادقة.
enrol-qr-label = رمز QR لتطبيق المصادقة
enrol-manual = إذا تعذّر المسح، فاكتب هذا المفتاح في التطبيق:
enrol-code = الرمز الظاهر في التطبيق
enrol-submit = تأكيد
enrol-wrong-code = هذا الرمز غير مطابق. تحقّق من الوقت على هاتفك وجرّب أحدث رمز.
recovery-title = رموز الاسترداد الخاصة بك
recovery-intro = احتفظ بهذه الرموز في مكان آمن، بعيدًا عن هاتفك. يتيح لك كل رمز منها تسجيل الدخول مرة واحدة إذا فقدت هاتفك. لن تُعرض هذه الرموز إلا الآن.
recovery-continue = لقد حفظتها — متابعة

## الدعوات (الشخص المدعو)
invitation-title = مرحبًا بك في Hearth
invitation-intro = { $name }، لقد تمت دعوتك إلى Hearth. اختر كلمة مرور لتفعيل حسابك.
invitation-submit = تفعيل حسابي
invitation-expired-title = لم يعد بالإمكان استخدام هذه الدعوة
invitation-expired-body = انتهت صلاحية الرابط، أو أُلغي، أو سبق استخدامه. اطلب رابطًا جديدًا من الشخص الذي دعاك.
invitation-email-taken = يوجد حساب بعنوان البريد الإلكتروني هذا بالفعل. يُرجى تسجيل الدخول بدلًا من ذلك.

## الرئيسية
home-title = الرئيسية
home-greeting = مرحبًا، { $name }
home-admin-heading = مؤسستك
home-admin-users = { $count ->
    [zero] لا توجد حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
home-admin-pending = { $count ->
    [zero] لا توجد دعوات بانتظار القبول
    [one] دعوة واحدة بانتظار القبول
    [two] دعوتان بانتظار القبول
    [few] { $count } دعوات بانتظار القبول
    [many] { $count } دعوةً بانتظار القبول
   *[other] { $count } دعوة بانتظار القبول
}
home-admin-empty = حسابك هو الحساب الوحيد حتى الآن. ادعُ المشرفين والأخصائيين الاجتماعيين للبدء.
home-case-heading = الأسر التي تتابعها
home-case-empty = لا توجد أسر بعد. افتح ملفًا للأسرة عند ورود إحالة، أو اطلب من مشرفك أن يكلّفك بمتابعة أسرة.
home-case-all = جميع الأسر التي تتابعها
home-unread = { $count ->
    [zero] لا توجد إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}
home-community-heading = مجموعات دعم الأقران
home-community-empty = لم تُفتتح مجموعات دعم الأقران في مؤسستك بعد. سيُبلغك مسؤول مؤسستك عند بدئها.
home-family-heading = الدعم المقدَّم لك
home-family-empty = سيضيف الأخصائي الاجتماعي الذي يتابعك هنا جلساتك ورسائلك واتفاق العمل عبر الإنترنت. إذا كان هناك أمر عاجل، فتواصل مع الأخصائي الاجتماعي الذي يتابعك أو مع رقم الطوارئ الذي أُعطي لك.
home-family-account = إعدادات حسابك

## الحساب
account-title = حسابك
account-2fa-heading = التحقق بخطوتين
account-2fa-on = { $count ->
    [zero] التحقق بخطوتين مفعَّل. لم يبقَ لديك أي رمز استرداد غير مستخدم.
    [one] التحقق بخطوتين مفعَّل. لديك رمز استرداد واحد غير مستخدم.
    [two] التحقق بخطوتين مفعَّل. لديك رمزا استرداد غير مستخدمَين.
    [few] التحقق بخطوتين مفعَّل. لديك { $count } رموز استرداد غير مستخدمة.
    [many] التحقق بخطوتين مفعَّل. لديك { $count } رمزَ استرداد غير مستخدم.
   *[other] التحقق بخطوتين مفعَّل. لديك { $count } رمز استرداد غير مستخدم.
}
account-2fa-off = لم يُفعَّل التحقق بخطوتين بعد. وهو اختياري لحسابات الأسر، ويجعل حسابك أكثر أمانًا.
account-2fa-enrol = إعداد التحقق بخطوتين
account-sessions-link = عرض الأماكن التي سجّلت الدخول منها وإنهاء الجلسات
account-password-heading = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
account-password-ends-sessions = عند تغيير كلمة المرور، يتم تسجيل خروجك من جميع الأماكن الأخرى.

## الجلسات
sessions-title = الأماكن التي سجّلت الدخول منها
sessions-intro = إذا رأيت جهازًا لا تعرفه، فأنهِ تلك الجلسة وغيّر كلمة المرور.
sessions-this-device = هذا الجهاز
sessions-started = سُجِّل الدخول في { $name }
sessions-last-seen = آخر نشاط في { $name }
sessions-revoke = إنهاء الجلسة على { $name }
sessions-revoke-others = تسجيل الخروج من جميع الأماكن الأخرى
sessions-revoked = تم إنهاء الجلسة.

## المستخدمون والدعوات (الإدارة)
users-title = المستخدمون
users-caption = الحسابات في مؤسستك
users-active = نشط
users-disabled = معطَّل
users-disable-link = تعطيل حساب { $name }
disable-title = تعطيل حساب { $name }؟
disable-explain = سيتم تسجيل خروج هذا الشخص فورًا، ولن يتمكن من تسجيل الدخول بعد ذلك. وتبقى سجلاته وسجل التدقيق كما هي.
disable-confirm = تعطيل الحساب
invitations-title = الدعوات
invitations-caption = الدعوات التي أرسلتها مؤسستك
invitations-empty = لا توجد دعوات بعد. ادعُ زميلًا أو أحد أفراد أسرة للبدء.
invitations-revoke = إلغاء الدعوة الموجهة إلى { $name }
invitation-revoked = أُلغيت الدعوة، ولم يعد رابطها يعمل.
invitation-status-open = بانتظار القبول، صالحة حتى { $name }
invitation-status-accepted = مقبولة
invitation-status-revoked = ملغاة
invitation-status-expired = منتهية الصلاحية
invite-button = دعوة شخص
invite-title = دعوة شخص
invite-intro = يتلقى الشخص رسالة بريد إلكتروني فيها رابط شخصي لاختيار كلمة مرور. يعمل الرابط مرة واحدة، خلال سبعة أيام.
invite-submit = إرسال الدعوة
invite-error-name = أدخل اسمًا يتكون من 1 إلى 100 حرف.
invite-error-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
invite-error-role = اختر دورًا.
invite-error-team = اختر أحد فرق مؤسستك.
invite-error-taken = لدى شخص آخر حساب بعنوان البريد الإلكتروني هذا.
invite-sent = أُرسلت الدعوة إلى { $name }.
invite-no-mail = البريد الإلكتروني غير مُعدّ على هذا الخادم، لذلك لم تُرسَل أي رسالة.
invite-send-failed = تعذّر إرسال رسالة البريد الإلكتروني. الدعوة صالحة، ويمكنك تسليم الرابط أدناه للشخص مباشرةً.
invite-manual-link = أعطِ هذا الرابط للشخص، ويُفضَّل أن يكون ذلك وجهًا لوجه. يعمل الرابط مرة واحدة.
invite-email-subject = دعوتك إلى Hearth ({ $name })
invite-email-intro = تمت دعوتك إلى Hearth من قِبل { $name }. افتح هذا الرابط لاختيار كلمة المرور:
invite-email-expires = يعمل الرابط مرة واحدة، وتنتهي صلاحيته في { $name }.
invite-email-ignore = إذا لم تكن تتوقع هذه الرسالة، فيمكنك تجاهلها.

## الأسر
families-title = الأسر
families-search = البحث باسم الأسرة
families-search-submit = بحث
families-empty = لا توجد لديك أسر بعد. افتح ملفًا للأسرة عند ورود إحالة جديدة، أو اطلب من مشرفك أن يكلّفك بمتابعة أسرة.
families-no-match = لا توجد أسرة تتابعها تطابق «{ $name }».
family-title = ملف الأسرة
family-new-button = فتح ملف أسرة
family-new-title = فتح ملف أسرة
family-name = اسم الأسرة
family-name-hint = الاسم الذي تُعرف به الأسرة في فريقك، مثل اسم العائلة.
family-name-error = أدخل اسم أسرة يتكون من 1 إلى 120 حرفًا.
family-new-submit = فتح الملف
family-opened = تاريخ الفتح
family-workers = الأخصائيون الاجتماعيون
family-no-workers = لم يُكلَّف أحد بعد.
family-assign-worker = الأخصائي الاجتماعي
family-assign-as = بصفة
family-assign-submit = تكليف
assign-error = اختر زميلًا من منظمتك ودوره في الملف.
family-unassign = إزالة { $name }
family-break-glass-active = لقد فتحت هذا الملف دون أن تكون مكلَّفًا به. سُجّل السبب الذي قدّمته، وأُبلغ مشرفك بذلك.
assignment-lead = الأخصائي الرئيسي
assignment-co_worker = أخصائي مشارك
back-to-family = العودة إلى ملف الأسرة

## الوصول الطارئ
break-glass-title = أنت غير مكلَّف بمتابعة هذه الأسرة
break-glass-explain = يمكنك فتح هذا الملف في حالة طارئة. اكتب السبب: سيُحفظ في سجل التدقيق، ويُبلَّغ مشرفك فورًا.
break-glass-reason = لماذا تحتاج إلى فتح هذا الملف الآن؟
break-glass-submit = فتح الملف وتسجيل السبب
break-glass-too-short = يُرجى شرح السبب في 15 حرفًا على الأقل.
break-glass-too-long = يُرجى أن يكون السبب أقل من 1000 حرف.

## من اطّلع على ملف
access-log-heading = من اطّلع على هذا الملف
access-log-title = من اطّلع على ملف أسرة { $name }
access-log-link = من اطّلع على هذا الملف
access-log-caption = كل اطّلاع وكل تعديل، من الأحدث إلى الأقدم
access-log-when = متى
access-log-who = من
access-log-what = ماذا
access-log-why = السبب المذكور
audit-family-created = فتح الملف
audit-family-viewed = قراءة الملف
audit-family-listed = عرض قائمة الملفات
audit-family-assigned = تغيير المكلَّفين بالملف
audit-family-unassigned = إزالة شخص من الملف
audit-family-break-glass = فتح الملف دون تكليف (وصول طارئ)
audit-family-access-log-viewed = الاطلاع على قائمة من اطّلعوا على الملف

## الإشعارات
notifications-title = الإشعارات
notifications-empty = لا جديد. ستصلك هنا إشعارات عندما يفتح أحد الزملاء ملفًا من ملفات فريقك دون أن يكون مكلَّفًا به.
notifications-new = جديد
notifications-mark-read = تعليم الكل كمقروء
notification-break-glass = فتح { $name } ملف أسرة { $family } دون أن يكون مكلَّفًا به.

## الأخطاء
error-code = رمز الخطأ
error-home = الذهاب إلى الصفحة الرئيسية
reauth-intro = للتأكد من أنك أنت، أدخل كلمة المرور مرة أخرى (ورمزًا من تطبيق المصادقة إن كنت تستخدمه).
reauth-password = كلمة المرور
reauth-code = الرمز من تطبيق المصادقة
reauth-wrong-password = كلمة المرور غير صحيحة. لم يتغير شيء.
reauth-wrong-code = الرمز غير صحيح. لم يتغير شيء.
input-refused-title = لا يمكن حفظ شيء مما تم إدخاله
input-refused-control = يحتوي ما أُرسل على حرف تحكم غير مرئي (مثل الحرف الفارغ) لا يحفظه Hearth. لم يُحفظ أي شيء.
input-refused-encoding = ما أُرسل ليس نصًا صالحًا (ليس بترميز UTF-8). لم يُحفظ أي شيء.
input-refused-too-long = ما أُرسل أطول مما يقبله هذا الحقل (بحد أقصى { $most } حرفًا). لم يُحفظ أي شيء.
input-refused-typed = هذا كل ما تم إدخاله، مع تمييز الحرف الذي لا يمكن حفظه:
input-refused-back = عُد إلى الصفحة السابقة في المتصفح، واحذف الحرف المميَّز (انسخ من هنا عند الحاجة)، ثم أرسل من جديد.
input-refused-typed-long = هذا كل ما تم إدخاله:
input-refused-back-long = عُد إلى الصفحة السابقة في المتصفح، واختصر النص (انسخه من هنا لتحتفظ به في مكان آخر إن لزم) ثم أرسل مرة أخرى.
error-400-title = حدث خطأ في الطلب
error-400-body = يُرجى الرجوع، والتحقق مما أدخلته، ثم المحاولة مرة أخرى.
error-403-title = لا يمكنك فتح هذه الصفحة
error-403-body = دورك لا يتيح الوصول إلى هذه الصفحة. إذا كنت ترى أنه ينبغي أن يكون لديك وصول إليها، فاسأل مشرفك أو المسؤول.
error-404-title = الصفحة غير موجودة
error-404-body = هذه الصفحة غير موجودة، أو ليس لديك صلاحية الوصول إليها.
error-405-title = هذا الإجراء غير ممكن هنا
error-405-body = يُرجى الرجوع واستخدام الأزرار الموجودة في الصفحة.
error-413-title = ما أرسلته كبير جدًا
error-413-body = يُرجى تقصير النص والمحاولة مرة أخرى.
error-500-title = حدث خطأ من جهتنا
error-500-body = لا ذنب لك في ذلك. يُرجى المحاولة مرة أخرى بعد قليل، وإذا تكرر الأمر، فأبلغ المسؤول.

## ملف الأسرة
back-to = العودة إلى { $name }
not-yet = ليس بعد
date-invalid = أدخل تاريخًا (ووقتًا) بالصيغة المعروضة، مثل 2026-11-24 14:30.
family-actions = إجراءات على هذا الملف
family-status = الحالة
family-last-contact = آخر تواصل
family-next-review = المراجعة القادمة
family-review-submit = تحديد موعد المراجعة
family-members = أفراد الأسرة
family-no-members = لم يُسجَّل أي فرد بعد. أضف الشخص المعني والأقارب الذين تعمل معهم.
family-relationships = الصلات بين الأفراد
family-status-heading = حالة الملف
family-status-next = نقل الملف إلى
family-status-submit = تغيير الحالة
family-status-not-allowed = لا يمكن نقل الملف إلى هذه الحالة من حالته الحالية.
family-closing-reason = السبب (مطلوب عند الإغلاق)
family-closing-reason-hint = اذكر سبب إغلاق الملف، ليعرفه من يعيد فتحه لاحقًا.
family-closing-reason-needed = اكتب سبب إغلاق الملف (5 أحرف على الأقل).
status-referral = إحالة
status-assessment = تقييم
status-active_support = دعم جارٍ
status-review = مراجعة
status-closed = مغلق
event-status-changed = نقل { $name } الملف من { $from } إلى { $to }
event-closing-reason = أغلق { $name } الملف: { $reason }
event-member-added = أضاف { $name } إلى الملف: { $member }
event-review-planned = حدّد { $name } موعد المراجعة القادمة في { $when }
event-identity-verification = سجّل { $name } التحقق من الهوية — { $detail }
event-other = عدّل { $name } الملف

## أفراد الأسرة
member-new-button = إضافة فرد
member-new-title = إضافة فرد من الأسرة
member-edit-title = فرد من الأسرة
member-role = صلته بالأسرة
member-role-person_of_concern = الشخص المعني
member-role-parent = أحد الوالدين
member-role-sibling = أخ أو أخت
member-role-partner = شريك أو شريكة الحياة
member-role-other_relative = قريب آخر
member-role-family_friend = صديق للأسرة
member-whereabouts = أين يوجد الآن
member-whereabouts-hint = للشخص المعني فقط.
whereabouts-at_home = في المنزل
whereabouts-elsewhere_in_country = في مكان آخر داخل البلد
whereabouts-abroad = خارج البلد
whereabouts-in_prison = في السجن
whereabouts-in_camp = في مخيم
whereabouts-unknown = غير معروف
member-languages = اللغات التي يتحدثها
member-needs-translator = يحتاج إلى مترجم
member-contact-preferences = طريقة التواصل المفضلة لديه
member-contact-hint = مثلًا: الاتصال الهاتفي بعد الساعة 6 مساءً، وليس بالبريد أبدًا، أو عن طريق أخته.
member-save = حفظ
member-error-name = أدخل اسمًا يتكون من 1 إلى 100 حرف.
member-error-role = اختر صلة هذا الفرد بالأسرة.
member-error-whereabouts = اختر من القائمة مكان وجود الشخص.
member-account = حساب الأسرة
member-has-account = لدى هذا الفرد حساب أسرة.
member-no-account = لا يوجد حساب أسرة بعد. ادعُ هذا الفرد إلى بوابة الأسرة، وسيختار كلمة المرور بنفسه.
member-invitation-pending = أُرسلت دعوة، وهي بانتظار القبول.
member-invite-submit = دعوة إلى بوابة الأسرة
member-verification = الهوية
member-verification-set = كيف تم التحقق من هويته؟
member-verification-submit = تسجيل
member-verification-error = اختر إحدى الطرق المذكورة.
verification-not_verified = لم يتم التحقق
verification-met_in_person = لقاء شخصي
verification-verified_by_video = تم التحقق عبر الفيديو
verification-documents_checked = تم فحص الوثائق
verification-by = { $status } — بواسطة { $name }، { $when }
relationship-add = تسجيل الصلة بين فردين
relationship-from = الفرد
relationship-kind = هو/هي
relationship-to = بالنسبة إلى
relationship-submit = إضافة
relationship-error = اختر فردين من هذه الأسرة ونوع القرابة بينهما.
relationship-error-same = اختر شخصين مختلفين: لا يمكن أن يكون الشخص قريبًا لنفسه.
relationship-kind-parent_of = والد/ة
relationship-kind-child_of = ابن/ة
relationship-kind-sibling_of = أخ/أخت
relationship-kind-partner_of = شريك/ة حياة
relationship-kind-relative_of = قريب/ة
relationship-kind-friend_of = صديق/ة
relationship-parent_of = { $from } أحد والدَي { $to }
relationship-child_of = { $from } من أبناء { $to }
relationship-sibling_of = { $from } من إخوة { $to }
relationship-partner_of = { $from } و{ $to } شريكا حياة
relationship-relative_of = { $from } من أقارب { $to }
relationship-friend_of = { $from } من أصدقاء { $to }

## الخط الزمني والملاحظات
timeline-heading = الخط الزمني
timeline-empty = لا يوجد شيء في الخط الزمني بعد. اكتب ملاحظة بعد كل تواصل.
note-new-button = كتابة ملاحظة
note-new-title = كتابة ملاحظة
note-amend-title = تعديل ملاحظة
note-kind = النوع
note-kind-home_visit = زيارة منزلية
note-kind-office_meeting = لقاء في المكتب
note-kind-phone_call = مكالمة هاتفية
note-kind-video_call = مكالمة فيديو
note-kind-message_summary = ملخص الرسائل
note-kind-multi_agency_contact = تواصل مع جهات أخرى
note-kind-observation = مشاهدة
note-occurred = متى حدث ذلك
note-members = الأفراد المعنيون
note-text = الملاحظة
note-text-hint = صف ما حدث وما لوحظ، وافصل الآراء عن الوقائع.
note-submit = حفظ الملاحظة
note-concerns = تخص
note-earlier-versions = الصيغ السابقة
note-amend-link = تعديل
note-amend-explain = يُضاف التعديل كصيغة جديدة. ويبقى النص السابق في الملف، ويستطيع الأشخاص أنفسهم الاطلاع عليه.
note-amend-submit = حفظ التعديل
note-in-force = النص المعتمد حاليًا
note-error-empty = لا يمكن أن تكون الملاحظة فارغة.
note-error-too-long = يجب ألا تزيد الملاحظة على 20000 حرف.
note-error-kind = اختر نوع الملاحظة.
note-error-members = أحد الأشخاص المختارين لم يعد من أفراد هذه الأسرة. اختر من جديد.
audit-family-status-changed = تغيير الحالة
audit-family-member-added = إضافة فرد
audit-family-member-changed = تعديل بيانات فرد
audit-family-note-written = كتابة ملاحظة
audit-family-note-amended = تعديل ملاحظة
families-all-statuses = جميع الحالات
attention-review_overdue = فات موعد المراجعة
attention-no_recent_contact = لا تواصل خلال آخر 30 يومًا
attention-no_review_planned = لم يُحدَّد موعد للمراجعة

## التقييم
nav-catalogue = قائمة عوامل التقييم
assessments-link = التقييمات
assessments-title = التقييمات
assessments-heading = تقييمات أسرة { $name }
assessments-empty = لا يوجد تقييم بعد. قيِّم الوضع مبكرًا، بالتعاون مع الأسرة، وكرِّر التقييم كلما تغيّرت الأمور.
assessment-new-button = تسجيل تقييم
assessment-new-title = تسجيل تقييم
assessment-title = التقييم
assessment-heading = تقييم أسرة { $name }
assessment-intro = قيِّم ما لاحظته على كل مستوى، واربط كل نتيجة بالملاحظة التي تُثبتها. القناعة القوية ليست في حد ذاتها مصدر قلق؛ قيِّم السلوك. وتبيّن لك عوامل الحماية ما يمكنك البناء عليه.
assessment-date = تاريخ التقييم
level-individual = الفرد
level-family = الأسرة
level-community = المجتمع المحيط به
kind-concern = مؤشرات القلق
kind-protective = عوامل الحماية
rating-0 = لم يُلاحَظ
rating-1 = بعض العلامات
rating-2 = بوضوح
rating-3 = بقوة
assessment-evidence = الدليل في الملف
assessment-no-evidence = لم يُربط أي دليل
assessment-evidence-note = الملاحظة التي يستند إليها ذلك
assessment-overall = الصورة العامة
assessment-engagement = هل يبدو تعاون الأسرة حقيقيًا؟
engagement-genuine = حقيقي
engagement-mixed = متفاوت
engagement-disguised = ربما يكون ظاهريًا فقط
engagement-unclear = من المبكر الحكم
assessment-engagement-note = ما الذي يجعلك تعتقد ذلك
assessment-young-person = كيف تبدو الحياة في هذه الأسرة بالنسبة إلى الشاب أو الشابة؟
assessment-response = الاستجابة المتناسبة
response-no_further_action = لا إجراء إضافي
response-universal_services = الخدمات العامة
response-targeted_family_support = دعم أسري موجَّه
response-multi_agency_plan = خطة مشتركة بين عدة جهات
assessment-proportionality = بيان التناسب
assessment-proportionality-hint = لماذا هذه الاستجابة، وليست استجابة أخف أو أشد؟ 20 حرفًا على الأقل.
assessment-submit = إرسال للمراجعة
assessment-error-evidence = اربط دليلًا بـ«{ $name }»، أو اختر له «لم يُلاحَظ».
assessment-error-engagement = بيِّن ما إذا كان التعاون يبدو حقيقيًا.
assessment-error-response = اختر الاستجابة المتناسبة.
assessment-error-young-person = صِف كيف تبدو الحياة في هذه الأسرة بالنسبة إلى الشاب أو الشابة.
assessment-error-proportionality = اكتب بيان تناسب من 20 حرفًا على الأقل.
assessment-error-return-comment = اذكر ما يجب تغييره قبل إرجاع التقييم.
assessment-error-rating = اختر أحد التقديرات لـ «{ $name }».
assessment-error-evidence-unknown = الدليل المختار لـ «{ $name }» ليس ملاحظة أو مستندًا في ملف هذه العائلة؛ اختر مرة أخرى.
assessment-error-decision = اختر ما إذا كنت ستعتمد التقييم أو تعيده.
assessment-status-submitted = بانتظار المراجعة
assessment-status-signed_off = معتمد
assessment-status-returned = مُرجَع
assessment-reviewed-signed_off = اعتمده { $name } في { $when }. { $comment }
assessment-reviewed-returned = أرجعه { $name } في { $when }: { $comment }
assessment-findings = النتائج
assessment-no-findings = لم يُقيَّم أي عامل بدرجة أعلى من «لم يُلاحَظ».
assessment-review-heading = المراجعة
assessment-review-comment = تعليق (مطلوب عند الإرجاع)
assessment-sign-off = اعتماد
assessment-return = إرجاع مع تعليق
trend-heading = كيف تغيّرت الصورة
trend-explain = لكل مستوى، يجمع الخط الأحمر درجات مؤشرات القلق، ويجمع الخط الأخضر المتقطع درجات عوامل الحماية. الحماية لا تلغي القلق. ويتضمن الجدول أدناه الأرقام نفسها.
trend-chart-label = تطوّر القلق والحماية: { $name }. الأرقام نفسها موجودة في الجدول أدناه.
trend-table-caption = الدرجات في كل تقييم
trend-factor = المستوى أو العامل
trend-kind = النوع
notification-assessment-submitted = أرسل { $name } إليك تقييمًا لأسرة { $family } لمراجعته.
notification-assessment-returned = أرجع { $name } إليك تقييمك لأسرة { $family } مع تعليق.
audit-family-assessment-recorded = تسجيل تقييم
audit-family-assessment-reviewed = مراجعة تقييم
audit-family-assessment-viewed = الاطلاع على التقييمات
catalogue-title = قائمة عوامل التقييم
catalogue-intro = مؤشرات القلق وعوامل الحماية التي يقيّمها الأخصائيون الاجتماعيون. يجب أن يصف كل مؤشر قلق سلوكًا يمكن ملاحظته، لا قناعةً أو ممارسةً دينية أبدًا. وإذا لم تتوفر العناوين والإرشادات بلغة أخرى، فإنها تُعرض باللغة الإنجليزية.
catalogue-count = { $count ->
    [zero] لا توجد عوامل
    [one] عامل واحد
    [two] عاملان
    [few] { $count } عوامل
    [many] { $count } عاملًا
   *[other] { $count } عامل
}
catalogue-invalid = لم تُحفظ القائمة. يُرجى تصحيح ما يلي:
catalogue-body = القائمة (TOML)
catalogue-save = التحقق والحفظ
catalogue-saved = حُفظت القائمة. تستخدمها التقييمات الجديدة، أما التقييمات السابقة فتحتفظ بالعناوين التي قُيِّمت بها.

## اجتماع الأسرة الموسّع
conferences-link = اجتماعات الأسرة الموسّعة
conferences-title = اجتماعات الأسرة الموسّعة
conferences-heading = اجتماعات الأسرة الموسّعة لأسرة { $name }
conferences-empty = لم يُسجَّل أي اجتماع بعد. في اجتماع الأسرة الموسّع، تضع الأسرة والمحيطون بها خطتهم بأنفسهم.
conference-new-button = تسجيل اجتماع
conference-new-title = تسجيل اجتماع أسرة موسّع
conference-title = اجتماع الأسرة الموسّع
conference-heading = اجتماع الأسرة الموسّع لأسرة { $name }
conference-intro = اكتب الخطة بكلمات الأسرة نفسها. يبيّن كل إجراء ما الذي سيُنجَز، ومن سيقوم به، وموعد إنجازه.
conference-held-on = تاريخ الاجتماع
conference-family-participants = من شارك من الأسرة والمحيطين بها
conference-family-participants-hint = مثلًا: فاطمة (الأم)، ليلى (الخالة)، عمر (الجار).
conference-professional-participants = المختصون الذين شاركوا
conference-plan = خطة الأسرة
conference-plan-hint = اترك الصفوف غير المستخدمة فارغة.
conference-action = الإجراء { $name }
conference-what = ماذا
conference-who = من
conference-due = موعد الإنجاز
conference-agreement = هل وافقت الأسرة على الخطة؟
agreement-agreed = وافقت الأسرة
agreement-partly_agreed = وافقت الأسرة جزئيًا
agreement-not_agreed = لم توافق الأسرة
conference-review-on = تاريخ المراجعة
conference-submit = حفظ الخطة
conference-error-participants = اكتب من شارك من الأسرة.
conference-error-action = يحتاج الإجراء { $number } إلى بيان ما سيُنجَز ومن سيقوم به معًا.
conference-error-action-long = الإجراء { $number } طويل جدًا.
conference-error-action-date = تاريخ الإجراء { $number } ليس تاريخًا صحيحًا.
conference-error-no-actions = يجب أن تتضمن الخطة إجراءً واحدًا على الأقل.
conference-error-agreement = بيِّن ما إذا كانت الأسرة قد وافقت على الخطة.
conference-open-actions = { $count ->
    [zero] لا توجد إجراءات مفتوحة
    [one] إجراء واحد مفتوح
    [two] إجراءان مفتوحان
    [few] { $count } إجراءات مفتوحة
    [many] { $count } إجراءً مفتوحًا
   *[other] { $count } إجراء مفتوح
}
conference-print-link = نسخة للطباعة للأسرة
conference-progress-history = التقدم حتى الآن
conference-progress-status = التقدم
conference-progress-note = ما الذي حدث (اختياري)
conference-progress-submit = تسجيل التقدم
conference-progress-error = اختر إحدى المراحل المذكورة.
conference-progress-note-too-long = ملاحظة التقدم أطول من 2000 حرف. اختصرها، أو اكتب التفاصيل كملاحظة في ملف العائلة.
progress-not_started = لم يبدأ بعد
progress-in_progress = قيد التنفيذ
progress-done = أُنجز
progress-dropped = أُلغي
progress-entry = { $when }، { $name }: { $status }. { $detail }
conference-print-title = خطة أسرتنا
conference-print-heading = خطة أسرة { $name }
conference-print-held = وضعناها معًا في { $name }.
conference-print-footer = هذه خطتكم. إذا تغيّر شيء، فأخبروا الأخصائي الاجتماعي الذي يتابعكم.

## المستندات
documents-heading = المستندات
documents-empty = لا توجد مستندات بعد. ارفع الرسائل أو التقارير أو الصور التي تخص الملف.
document-upload = رفع مستند
document-hint = ملفات PDF أو PNG أو JPEG أو نص عادي، بحجم أقصاه 10 ميغابايت. تُزال بيانات الموقع والكاميرا من الصور، وبيانات المؤلف من ملفات PDF.
document-submit = رفع
document-detail = رفعه { $name }، { $when }، { $size } كيلوبايت
document-error-empty = اختر ملفًا لرفعه.
document-error-too-large = حجم الملف أكبر من 10 ميغابايت.
document-error-kind = لا يمكن رفع سوى ملفات PDF أو PNG أو JPEG أو الملفات النصية العادية.
document-error-damaged = يبدو أن الصورة تالفة، وتعذّر فحصها. جرّب حفظها مرة أخرى.
document-error-image-too-large = الصورة أكبر من أن يتم فحصها. التقط صورة أصغر أو امسح المستند بدقة أقل.
document-error-pdf-unreadable = تعذّرت قراءة ملف PDF، لذلك لم يمكن حذف اسم المؤلف والتفاصيل الأخرى. احفظه أو اطبعه بصيغة PDF من جديد وارفع تلك النسخة.
document-error-pdf-protected = ملف PDF محمي بكلمة مرور. احفظ نسخة بدون كلمة مرور وارفعها.
audit-family-document-uploaded = رفع مستند
audit-family-document-downloaded = تنزيل مستند
audit-family-conference-recorded = تسجيل اجتماع أسرة موسّع
audit-family-plan-progress-recorded = تسجيل التقدم في خطة الأسرة
evidence-document = مستند
assessment-evidence-document = المستند الذي يستند إليه هذا
audit-family-review-planned = حدّد موعد المراجعة القادمة
audit-family-member-account-linked = رُبط حساب عائلي بأحد أفراد الأسرة
audit-family-modality-decided = سجّل طريقة العمل مع أحد أفراد الأسرة (وجهًا لوجه أو عبر الإنترنت)

## أداة المساعدة على اختيار طريقة التواصل
modality-link = وجهًا لوجه أم عبر الإنترنت؟
modality-title = وجهًا لوجه أم عبر الإنترنت
modality-heading = العمل مع { $name }: وجهًا لوجه أم عبر الإنترنت؟
modality-intro = قرِّر مع فرد الأسرة، في كل حالة على حدة، طريقة التواصل بينكما. راجِع معه بضعة أسئلة، وسيقترح Hearth ما قد يناسب كل نوع من التواصل ويبيّن السبب. هذا اقتراح، وليس حكمًا أبدًا.
modality-start = بدء الحوار
modality-again = مراجعة الأسئلة مرة أخرى
modality-history = القرارات حتى الآن
modality-history-empty = لا يوجد قرار بعد.
modality-differs = اتُّخذ قرار مختلف عن الاقتراح
modality-review-time = حان وقت مراجعة هذا القرار معًا: تراجع مؤسستك القرارات بعد { $count ->
    [zero] يوم
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}.
modality-review-changed = تغيّر أمر ما منذ آخر قرار (التحقق من الهوية). راجِعه مع فرد الأسرة مرة أخرى.
modality-review-released = لم يعد الشخص المعني حيث افترض القرار الأخير (السجن أو المخيم). راجعاه معًا من جديد.
modality-step = الخطوة { $step } من { $steps }
modality-back = رجوع
modality-next = التالي
modality-see-result = عرض الاقتراح
modality-result = الاقتراح
modality-result-intro = لكل نوع من التواصل، الاقتراح وجميع أسبابه. قرِّر مع فرد الأسرة، ويمكنكما اختيار طريقة مختلفة.
modality-no-reasons = لا شيء في الإجابات يرجّح طريقة على أخرى، لذا يُقترح الجمع بين الطريقتين.
modality-decided = ما اتُّفق عليه معًا
modality-arrange = ما يجب ترتيبه
modality-preference = ما يفضّله فرد الأسرة نفسه
modality-preference-hint = بكلماته الخاصة، مثلًا: «أفضّل أن نلتقي في المكتبة».
modality-comment = تعليق
modality-comment-hint = مطلوب إذا اختلف القرار عن الاقتراح، أو إذا لم يكن معروفًا ما يكفي لتقديم اقتراح: اذكر السبب.
modality-record = تسجيل القرار المتخذ معًا
modality-error-comment = القرار مختلف عن الاقتراح، أو اتُّخذ دون معرفة ما يكفي: أضف تعليقًا تذكر فيه السبب.
contact-practical = الأمور العملية (المعاملات الورقية، المواعيد)
contact-check_in = تواصل دوري للاطمئنان
contact-sensitive = حديث مؤلم أو حساس
contact-crisis = أزمة تتطلب ردًا سريعًا
modality-face_to_face = وجهًا لوجه
modality-digital = عبر الإنترنت
modality-hybrid = مزيج من الطريقتين
arrange-translator = توفير مترجم
arrange-meet_in_person_first = الالتقاء شخصيًا أولًا
arrange-agree_terms = الاتفاق على شروط العمل عبر الإنترنت
arrange-digital_skills_help = المساعدة في المهارات الرقمية (مثلًا عن طريق أخ أو أخت)
arrange-allow_time = منح الوقت للاعتياد
arrange-check_prison_rules = التحقق من قواعد السجن أو المخيم
arrange-private_space = الاتفاق على مكان خاص وعلى إشارة تعني «لا أستطيع التحدث بحرية الآن»
answer-dont-know = لا أعرف
question-openness = إلى أي حد يتقبّل فرد الأسرة التواصل عبر الإنترنت؟
question-openness-hint = اسأله مباشرةً، ولا تفترض شيئًا بناءً على العمر أو الخلفية.
answer-openness-open = منفتح عليه
answer-openness-hesitant = متردد
answer-openness-closed = لا يريده
question-lowers_threshold = هل يسهّل التواصل عبر الإنترنت على فرد الأسرة أن يبادر بالتواصل؟
question-lowers_threshold-hint = يجد بعض الناس إرسال رسالة أسهل من الذهاب إلى مكتب.
answer-lowers_threshold-yes = نعم
answer-lowers_threshold-no = لا
question-device = ما الجهاز المتوفر لدى فرد الأسرة؟
question-device-hint = في حالة الهاتف المشترك، قد يرى آخرون الرسائل.
answer-device-none = لا يوجد
answer-device-shared_phone = هاتف مشترك
answer-device-own_smartphone = هاتف ذكي خاص به
answer-device-laptop = حاسوب محمول أو مكتبي
question-connection = كيف هو اتصاله بالإنترنت؟
question-connection-hint = فكّر في المكان الذي سيكون فيه أثناء التواصل.
answer-connection-stable = مستقر
answer-connection-unstable = ينقطع كثيرًا
question-app_confidence = ما مدى ثقة فرد الأسرة في استخدام التطبيقات؟
question-app_confidence-hint = مكالمات الفيديو، والرسائل، وتسجيل الدخول.
answer-app_confidence-confident = واثق
answer-app_confidence-with_help = يستطيع بمساعدة غيره
answer-app_confidence-not_confident = غير واثق
question-detention = هل الشخص المعني في السجن أو في مخيم؟
question-detention-hint = القواعد هناك هي التي تحدد التواصل الممكن.
answer-detention-none = لا هذا ولا ذاك
answer-detention-prison = في السجن
answer-detention-camp = في مخيم
question-language_barrier = هل تشكّل اللغة عائقًا؟
question-language_barrier-hint = يصعب ملاحظة سوء الفهم عبر الإنترنت.
answer-language_barrier-none = لا
answer-language_barrier-some = أحيانًا
answer-language_barrier-strong = نعم، إلى حد كبير
question-home_privacy = هل توجد في المنزل أمور تشتّت الانتباه أو أشخاص آخرون؟
question-home_privacy-hint = قد يمنع استماعُ الآخرين الشخصَ من التحدث بحرية.
answer-home_privacy-private = يمكنه أن يكون بمفرده
answer-home_privacy-some_distractions = بعض المشتتات
answer-home_privacy-others_present = يوجد آخرون في العادة
question-safe_to_speak = هل يستطيع فرد الأسرة التحدث عبر الإنترنت بأمان وخصوصية؟
question-safe_to_speak-hint = اسأله مباشرةً، واتفق معه على إشارة تعني «لا أستطيع التحدث بحرية الآن».
answer-safe_to_speak-yes = نعم
answer-safe_to_speak-no = لا
question-distance = كم يبعد مكان سكن فرد الأسرة؟
question-distance-hint = فكّر في وقت التنقل وتكلفته بالنسبة إليه.
answer-distance-near = قريب
answer-distance-far = بعيد
question-mobility = هل يحدّ المرض أو صعوبة الحركة من قدرة فرد الأسرة؟
question-mobility-hint = سواء في التنقل أو في استخدام الأجهزة.
answer-mobility-none = لا
answer-mobility-limits_travel = يحدّ من التنقل
answer-mobility-limits_devices = يحدّ من استخدام الأجهزة
question-met_in_person = هل التقيتما شخصيًا؟
question-met_in_person-hint = يساعد اللقاء أولًا على بناء الثقة وعلى معرفة من تتحدث إليه.
answer-met_in_person-yes = نعم
answer-met_in_person-no = ليس بعد
question-trust = ما مدى الثقة بينكما؟
question-trust-hint = الثقة التي تُبنى وجهًا لوجه تنتقل إلى التواصل عبر الإنترنت.
answer-trust-established = راسخة
answer-trust-building = تنمو
answer-trust-low = ضعيفة
contact-first_contact = أول تواصل
modality-not-enough-known = لا يُعرف ما يكفي بعد
modality-lean-for-digital = مؤيِّد: يميل إلى الإنترنت
modality-lean-for-face_to_face = مؤيِّد: يميل إلى اللقاء وجهًا لوجه
modality-lean-against-digital = معارِض: يميل إلى الإنترنت
modality-lean-against-face_to_face = معارِض: يميل إلى اللقاء وجهًا لوجه
modality-lean-toward-digital = يميل إلى الإنترنت
modality-lean-toward-face_to_face = يميل إلى اللقاء وجهًا لوجه
modality-lean-rules-out = يستبعد: { $what }
modality-ruled-out = استبعدته الإجابات: { $what }
modality-find-out = لا يُعرف ما يكفي لتقديم أي اقتراح بعد. تحقّق أولًا من:
modality-also-find-out = قبل الاعتماد على هذا، تحقّق أيضًا من:
modality-choose = — اختر —
modality-error-choose = اختر طريقة التواصل لـ: { $kinds }
modality-suggested = المقترح
modality-differs-short = مختلف
modality-answers = الإجابات
modality-answers-hint = لتغيير الإجابات، عُد إلى الجزء الخاص بها من المحادثة؛ ويُحسب الاقتراح من جديد.
modality-change = تغيير: { $section }
modality-prefilled = مأخوذ من ملف الأسرة؛ غيّره إذا لم يكن صحيحًا.
modality-section-1 = الانفتاح على التواصل عبر الإنترنت
modality-section-2 = موضوع التواصل
modality-section-3 = الجهاز والاتصال والمهارات
modality-section-4 = الاحتجاز واللغة
modality-section-5 = الخصوصية والأمان
modality-section-6 = المسافة والصحة
modality-section-7 = اللقاء والثقة والهوية
arrange-low_threshold_first_contact = النظر، حسب كل حالة، في أول تواصل سهل عبر الإنترنت (رسالة أو مكالمة قصيرة)
question-matters = ما مدى حساسية أو تعقيد الأمور المطروحة للنقاش؟
question-matters-hint = الأفضل مناقشة الأمور الحساسة جدًا أو المعقدة وجهًا لوجه.
answer-matters-everyday = أمور يومية
answer-matters-uncomfortable = غير مريحة له
answer-matters-sensitive_or_complex = حساسة جدًا أو معقدة
question-easier_from_home = هل يجد الحديث عن المواضيع المؤلمة أسهل من مكانه الخاص؟
question-easier_from_home-hint = بعض الناس ينفتحون بسهولة أكبر في المنزل، وآخرون يحتاجون إلى لقاء شخصي.
answer-easier_from_home-yes = نعم، من مكانه الخاص
answer-easier_from_home-no = لا، يفضّل اللقاء الشخصي
answer-connection-none = لا يوجد اتصال
question-private_space_agreed = هل اتفقتما على مكان خاص وعلى إشارة تعني «لا أستطيع التحدث بحرية الآن»؟
question-private_space_agreed-hint = عندها فقط يمكن أن يكون التواصل الحساس عبر الإنترنت آمنًا لمن لا يكون وحده دائمًا.
answer-private_space_agreed-yes = نعم، تم الاتفاق والتجربة
answer-private_space_agreed-no = ليس بعد
question-identity = هل تم التحقق من هويته؟
question-identity-hint = مسجَّل في صفحة فرد الأسرة: لقاء شخصي أو تحقق عبر الفيديو أو فحص الوثائق.
answer-identity-verified = تم التحقق
answer-identity-not_verified = لم يتم التحقق
member-verification-intro = كيف تعرف من هو هذا الشخص. تستخدم أداة المساعدة على القرار هذه المعلومة.
nav-modality-rules = قواعد اختيار طريقة التواصل
modality-rules-title = قواعد أداة المساعدة على اختيار طريقة التواصل
modality-rules-intro = القواعد التي تحوّل إجابات فرد الأسرة إلى اقتراح لكل نوع من التواصل. تذكر كل قاعدة الإجابات التي تستجيب لها، وما تقترحه، والسبب الذي يُعرض. وإذا لم تتوفر الأسباب بلغة أخرى، فإنها تُعرض باللغة الإنجليزية.
modality-rules-count = { $count ->
    [zero] لا توجد قواعد
    [one] قاعدة واحدة
    [two] قاعدتان
    [few] { $count } قواعد
    [many] { $count } قاعدةً
   *[other] { $count } قاعدة
}
modality-rules-saved = حُفظت القواعد. تستخدمها المحادثات الجديدة، أما القرارات السابقة فتبقى كما اتُّخذت.
rules-is-default = تستخدم مؤسستك النسخة الافتراضية في Hearth. عند الحفظ، يصبح هذا النص نسخة مؤسستك الخاصة.

## أمان بوابة الأسر
quick-exit = الخروج السريع من الموقع
quick-exit-hint = (أو اضغط على مفتاح Esc مرتين)
nav-portal = بوابة الأسر
portal-settings-title = بوابة الأسر
portal-settings-intro = قد يستخدم أفراد الأسرة هاتفًا مشتركًا أو يكونون تحت المراقبة في المنزل. يُخفي الاسم المحايد طبيعة الموقع، ويقود زر الخروج السريع إلى موقع إلكتروني عادي.
portal-discreet-name = الاسم المحايد الذي يظهر لأفراد الأسرة
portal-discreet-hint = مثلًا «ملاحظات» أو «مخطط الدراسة». اترك الحقل فارغًا لعرض Hearth.
portal-exit-url = الموقع الذي يفتحه الخروج السريع
portal-exit-hint = عنوان عادي يبدأ بـ https:// لموقع للطقس أو للأخبار مثلًا. اترك الحقل فارغًا لفتح Wikipedia.
portal-error-name = يجب ألا يزيد الاسم المحايد على 40 حرفًا.
portal-error-url = أدخل عنوانًا يبدأ بـ https://.

## اتفاقات العمل عبر الإنترنت
agreement-link = اتفاق العمل عبر الإنترنت
agreement-title = اتفاق العمل عبر الإنترنت
agreement-heading = اتفاق العمل عبر الإنترنت مع { $name }
agreement-in-force = الاتفاق المعتمد حاليًا
agreement-none = لا يوجد اتفاق بعد. اتفق مع فرد الأسرة على شروط العمل عبر الإنترنت قبل أن يبدأ: املأ الخيارات أدناه، ثم راجِع النص معه.
agreement-new = إعداد الاتفاق
agreement-renew = إعداد صيغة جديدة
agreement-make = إعداد الاتفاق
agreement-earlier = الصيغ السابقة
agreement-renewal = نشرت مؤسستك صيغة جديدة من الاتفاق. أعِدّ منها اتفاقًا جديدًا، وراجِعه مع فرد الأسرة مرة أخرى.
agreement-waiting = بانتظار موافقة فرد الأسرة
agreement-accepted-portal = وافق عليه فرد الأسرة في بوابة الأسر في { $name }
agreement-accepted-verbal = وافق عليه فرد الأسرة شفهيًا، وسُجّلت الموافقة في { $name }: { $detail }
agreement-verbal = تسجيل موافقة شفهية
agreement-verbal-hint = متى وكيف، مثلًا: «قرأناه معًا خلال الزيارة المنزلية في 24 نوفمبر، ووافق عليه».
agreement-verbal-submit = تسجيل الموافقة
agreement-error-choice = املأ هذا الحقل: { $name }.
agreement-error-verbal = اذكر متى وكيف أُعطيت الموافقة.
agreement-template-title = نموذج اتفاق العمل عبر الإنترنت
agreement-template-intro = النموذج الذي يُعَدّ منه كل اتفاق. يتناول كل بند أحد المواضيع المطلوبة، ويملأ الأخصائي الاجتماعي لكل فرد من الأسرة الخيارات الواردة بين الأقواس المعقوفة. ينشئ النشر صيغة جديدة، وتُعلَّم الاتفاقات المُعدّة من صيغة أقدم بأنها بحاجة إلى تجديد.
agreement-template-version = الصيغة { $version }
agreement-template-published = نُشرت الصيغة { $version }.
nav-agreement-template = نموذج الاتفاق
choice-account_users = من يحق له استخدام حساب فرد الأسرة
choice-signal = الإشارة المتفق عليها التي تعني «لا أستطيع التحدث بحرية الآن»
choice-reconnect = ما يحدث عند انقطاع الاتصال (من يتصل بمن، وكيف، وخلال كم دقيقة)
choice-translator = المترجم (الاسم، أو «لا يوجد»)
choice-availability = متى يكون الأخصائي الاجتماعي متاحًا
choice-urgent_contacts = جهات الاتصال في الحالات العاجلة خارج تلك الأوقات
choice-retention = مدة الاحتفاظ بالملاحظات
clause-recordings = التسجيلات
clause-cameras = الكاميرات
clause-account_use = من يستخدم حسابك
clause-private_space = مكان خاص
clause-connection_drop = عند انقطاع الاتصال
clause-translator = المترجم
clause-availability = متى نكون متاحين
clause-confidentiality_limits = حدود السرية
clause-storage = ما نحتفظ به، ولأي مدة
portal-availability = يمكنك التواصل مع الأخصائي الاجتماعي الذي يتابعك في هذه الأوقات: { $name }.
portal-urgent = في الأمور العاجلة خارج هذه الأوقات: { $name }
portal-agreement-heading = اتفاق العمل عبر الإنترنت بيننا
portal-agreement-accept = قرأت هذا النص وأوافق عليه
audit-family-agreement-made = إعداد اتفاق العمل عبر الإنترنت
audit-family-agreement-accepted = الموافقة على اتفاق العمل عبر الإنترنت

## الجلسات وحدود الرفاه والمتابعة اللاحقة
nav-calendar = التقويم
nav-workload = عبء عملي
nav-team = الفريق
nav-on-call = المناوبة
nav-wellbeing = سياسة الرفاه
session-new-title = تحديد موعد جلسة
session-title = الجلسة
session-mode = الطريقة
session-mode-in-person = وجهًا لوجه
session-mode-video = مكالمة فيديو
session-mode-phone = مكالمة هاتفية
session-mode-chat = محادثة كتابية
session-mode-group = لقاء جماعي
session-contact-kind = نوع التواصل
session-contact-kind-hint = يقارن Hearth طريقة الجلسة بالقرار المتخذ مع كل فرد بشأن هذا النوع من التواصل.
session-members = أفراد الأسرة المشاركون
session-no-members = أضف أفراد الأسرة إلى الملف أولًا.
session-decision = القرار: وجهًا لوجه أم عبر الإنترنت
session-no-decision = لم يُسجَّل قرار بعد
session-agreement = اتفاق العمل عبر الإنترنت
session-agreement-accepted = تمت الموافقة عليه في { $when }
session-agreement-not-accepted = أُعِدّ، ولم تتم الموافقة عليه بعد
session-agreement-none = لا يوجد بعد
session-colleagues = أخصائيون اجتماعيون آخرون مشاركون
session-starts-at = البداية ({ $name })
session-minutes = المدة بالدقائق
session-place = المكان أو رابط المكالمة
session-place-hint = عنوان للقاءات وجهًا لوجه، أو الرابط أو الرقم للمكالمة. يرى أفراد الأسرة هذا في رسالة التذكير.
session-override-reason = لماذا لا يمكن تأجيل هذه الجلسة
session-override-reason-hint = 10 أحرف على الأقل. يرى مشرفك السبب في صفحة الفريق.
session-submit = تحديد موعد الجلسة
session-submit-anyway = تحديد الموعد رغم ذلك
session-submit-override = تحديد الموعد متجاوزًا الحد
session-refused = تتجاوز هذه الجلسة أحد حدود الرفاه:
session-override-hint = اختر وقتًا آخر، أو اذكر سببًا لتحديد موعدها رغم ذلك.
session-warnings = يُرجى التحقق مما يلي قبل تحديد الموعد:
session-warning-decision = { $member }: القرار بشأن هذا النوع من التواصل هو «{ $detail }».
session-warning-agreement = لم يوافق { $member } بعد على اتفاق للعمل عبر الإنترنت.
session-error-mode = اختر طريقة عقد الجلسة.
session-error-contact-kind = اختر نوع هذا التواصل.
session-error-start = أدخل وقت البداية بصيغة تاريخ ووقت.
session-error-past = وقت البداية في الماضي.
session-error-minutes = أدخل مدة من 5 إلى 480 دقيقة.
session-error-place = أدخل المكان أو رابط المكالمة (500 حرف على الأكثر).
session-error-members = اختر فردًا واحدًا من الأسرة على الأقل.
session-error-override-reason = اكتب سببًا من 10 أحرف على الأقل.
session-error-outcome = اختر كيف انتهت الجلسة.
session-error-outcome-recorded = سبق تسجيل الطريقة التي انتهت بها هذه الجلسة.
session-when = الموعد
session-duration = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقةً
   *[other] { $count } دقيقة
}
session-staff = الأخصائيون الاجتماعيون
session-outcome = النتيجة
session-outcome-title = كيف انتهت الجلسة؟
session-outcome-held = عُقدت
session-outcome-cancelled = أُلغيت
session-outcome-no-show = لم يحضر
session-outcome-ended-abruptly = انتهت فجأة
session-note = ملاحظة لملف الأسرة
session-note-hint = اختيارية. تُحفظ مشفّرة في الخط الزمني للأسرة، مثل كل ملاحظة.
session-outcome-submit = تسجيل النتيجة
session-overridden = حُدِّد موعدها متجاوزًا أحد حدود الرفاه: { $detail }.
concern-day-off = إنه يوم عطلة.
concern-not-a-working-day = إنه ليس يوم عمل.
concern-outside-hours = الموعد خارج ساعات العمل ({ $from }–{ $to }).
concern-day-limit = { $count ->
    [zero] بلغ هذا اليوم الحد الأقصى للجلسات ({ $count }).
    [one] بلغ هذا اليوم الحد الأقصى، وهو جلسة واحدة.
    [two] بلغ هذا اليوم الحد الأقصى، وهو جلستان.
    [few] بلغ هذا اليوم الحد الأقصى، وهو { $count } جلسات.
    [many] بلغ هذا اليوم الحد الأقصى، وهو { $count } جلسةً.
   *[other] بلغ هذا اليوم الحد الأقصى، وهو { $count } جلسة.
}
concern-week-limit = { $count ->
    [zero] بلغ هذا الأسبوع الحد الأقصى للجلسات ({ $count }).
    [one] بلغ هذا الأسبوع الحد الأقصى، وهو جلسة واحدة.
    [two] بلغ هذا الأسبوع الحد الأقصى، وهو جلستان.
    [few] بلغ هذا الأسبوع الحد الأقصى، وهو { $count } جلسات.
    [many] بلغ هذا الأسبوع الحد الأقصى، وهو { $count } جلسةً.
   *[other] بلغ هذا الأسبوع الحد الأقصى، وهو { $count } جلسة.
}
concern-last-of-day = { $count ->
    [zero] لا يُسمح بأي جلسة في ذلك اليوم.
    [one] هذه آخر جلسة مسموح بها في ذلك اليوم (الحد الأقصى جلسة واحدة).
    [two] هذه آخر جلسة مسموح بها في ذلك اليوم (الحد الأقصى جلستان).
    [few] هذه آخر جلسة مسموح بها في ذلك اليوم (الحد الأقصى { $count } جلسات).
    [many] هذه آخر جلسة مسموح بها في ذلك اليوم (الحد الأقصى { $count } جلسة).
   *[other] هذه آخر جلسة مسموح بها في ذلك اليوم (الحد الأقصى { $count } جلسة).
}
concern-last-of-week = { $count ->
    [zero] لا يُسمح بأي جلسة في ذلك الأسبوع.
    [one] هذه آخر جلسة مسموح بها في ذلك الأسبوع (الحد الأقصى جلسة واحدة).
    [two] هذه آخر جلسة مسموح بها في ذلك الأسبوع (الحد الأقصى جلستان).
    [few] هذه آخر جلسة مسموح بها في ذلك الأسبوع (الحد الأقصى { $count } جلسات).
    [many] هذه آخر جلسة مسموح بها في ذلك الأسبوع (الحد الأقصى { $count } جلسة).
   *[other] هذه آخر جلسة مسموح بها في ذلك الأسبوع (الحد الأقصى { $count } جلسة).
}
concern-break-too-short = الاستراحة بين الجلستين { $count ->
    [zero] معدومة
    [one] دقيقة واحدة فقط
    [two] دقيقتان فقط
    [few] { $count } دقائق فقط
    [many] { $count } دقيقة فقط
   *[other] { $count } دقيقة فقط
}، وأقصر استراحة مسموح بها { $required ->
    [zero] لا شيء.
    [one] دقيقة واحدة.
    [two] دقيقتان.
    [few] { $required } دقائق.
    [many] { $required } دقيقة.
   *[other] { $required } دقيقة.
}
concern-overlap = تتداخل مع جلسة أخرى.
concern-short-day-off = يوم عطلة
concern-short-not-a-working-day = ليس يوم عمل
concern-short-outside-hours = خارج ساعات العمل
concern-short-day-limit = الحد اليومي
concern-short-week-limit = الحد الأسبوعي
concern-short-last-of-day = آخر جلسة في اليوم
concern-short-last-of-week = آخر جلسة في الأسبوع
concern-short-break-too-short = استراحة قصيرة جدًا
concern-short-overlap = جلسات متداخلة
checklist-title = قبل أن تبدأ
checklist-intro = راجِع هذه النقاط مع الأسرة في بداية الجلسة.
checklist-legend = ما اتُّفق عليه في البداية
checklist-private-space = كل شخص في مكان خاص لا يستطيع فيه أحد آخر الاستماع.
checklist-no-recording = لا أحد يسجّل الجلسة.
checklist-camera = تم الاتفاق على استخدام الكاميرا.
checklist-connection-drop = نعرف ما نفعله إذا انقطع الاتصال.
checklist-more-questions = قد أطرح أسئلة أكثر مما أطرحه وجهًا لوجه، لأنني أرى أقل.
checklist-agreed = في الاتفاق
checklist-submit = تمت تغطية جميع النقاط
checklist-done = اكتملت قائمة التحقق في { $when }.
checklist-error = ضع علامة على كل نقطة بعد تغطيتها.
translator-section = المترجم
translator-none = لم تتم دعوة مترجم.
translator-hint = يتلقى المترجم رسالة بريد إلكتروني فيها رابط لمرة واحدة لقبول تعهد بالسرية. ولا يظهر المكان أو رابط المكالمة إلا بعد القبول.
translator-submit = دعوة مترجم
translator-pending = لم يُقبَل التعهد بعد
translator-accepted = قُبل التعهد في { $when }
translator-error-name = أدخل اسم المترجم (200 حرف على الأكثر).
translator-error-email = أدخل عنوان بريد إلكتروني مثل name@example.org.
translator-error-ended = انتهت هذه الجلسة.
translator-title = الترجمة في جلسة دعم
translator-undertaking-title = تعهد بالسرية
translator-undertaking-confidential = أحافظ على سرية كل ما أسمعه أو أقرؤه في هذه الجلسة، وكذلك بعد انتهائها.
translator-undertaking-no-records = لا أُجري أي تسجيلات، ولا أكتب ملاحظات، ولا أحتفظ بنسخ، ولا أحتفظ بأي شيء بعد الجلسة.
translator-undertaking-faithful = أترجم بأمانة وبشكل كامل، دون أن أضيف آرائي الخاصة.
translator-undertaking-conflict = أُبلغ الأخصائي الاجتماعي فورًا إذا كنت أعرف الأسرة أو كان لديّ أي تضارب آخر في المصالح.
translator-accept = أقبل هذا التعهد
translator-accept-submit = القبول وعرض التفاصيل
translator-error-accept = ضع علامة في المربع لقبول التعهد.
translator-thanks = شكرًا لك. ستصلك رسالة تذكير قبل الجلسة. لم يعد هذا الرابط يعمل الآن.
translator-email-subject = طلب ترجمة في جلسة
translator-email-body = مرحبًا { $name }،

    نطلب منك الترجمة في جلسة بتاريخ { $when } ({ $detail }).

    قبل أن تتلقى التفاصيل، يُرجى قراءة التعهد بالسرية وقبوله:
    { $to }

    يعمل الرابط مرة واحدة.
reminder-email-subject = تذكير بموعدك
reminder-email-body = هذا تذكير بموعدك في { $when }.

    الطريقة: { $detail }
    المكان: { $to }

    إذا لم تستطع الحضور، فيُرجى إبلاغ الشخص الذي تتواصل معه.
reminder-email-body-translator = هذا تذكير بالجلسة التي ستترجم فيها في { $when }.

    الطريقة: { $detail }
    المكان: { $to }
aftercare-title = المتابعة اللاحقة
aftercare-due = مستحقة في { $when }
aftercare-due-label = موعد الاستحقاق
aftercare-after = بعد جلسة { $when }
aftercare-done = تمت
aftercare-overdue = متأخرة
aftercare-complete = تسجيل المتابعة
aftercare-completed = سُجّلت المتابعة في { $when }.
aftercare-session = الجلسة
aftercare-channel = الطريقة المفضلة للتواصل مع الشخص
aftercare-channel-unknown = غير مسجّلة؛ راجِع ملف الأسرة.
aftercare-how = كيف حال الشخص؟
aftercare-how-hint = تكفي بضع كلمات. تُحفظ مشفّرة.
aftercare-more-help = هل رُتّبت مساعدة إضافية؟
aftercare-more-help-yes = نعم
aftercare-more-help-no = لا
aftercare-submit = تسجيل المتابعة
aftercare-error-answer = اكتب باختصار كيف حال الشخص (4000 حرف على الأكثر).
aftercare-error-more-help = بيِّن ما إذا رُتّبت مساعدة إضافية.
aftercare-error-done = سبق تسجيل هذه المتابعة.
family-sessions = الجلسات
family-sessions-empty = لا توجد جلسات بعد. حدِّد موعد الجلسة الأولى عندما تتفق مع الأسرة على وقت.
family-session-new = تحديد موعد جلسة
family-follow-ups-empty = لا توجد متابعة لاحقة. تظهر هنا متابعة بعد كل جلسة عبر الإنترنت أو جلسة انتهت فجأة.
home-today = اليوم
home-today-empty = لا توجد جلسات اليوم.
home-calendar = تقويمك
home-follow-ups-empty = لا توجد متابعات بانتظارك.
portal-sessions-heading = مواعيدك
portal-sessions-empty = لا توجد مواعيد مقررة.
portal-away = { $name } لا يعمل حاليًا.
portal-away-until = { $name } غائب حتى { $when }.
portal-on-call = إذا كان الأمر عاجلًا، فتواصل مع { $name }.
calendar-title = التقويم
calendar-day = يوم
calendar-week = أسبوع
calendar-week-of = أسبوع { $when }
calendar-zone = الأوقات بتوقيت { $name }.
calendar-navigation = التنقل في التقويم
calendar-previous = السابق
calendar-next = التالي
calendar-today = اليوم
calendar-free = لا توجد جلسات.
calendar-back = العودة إلى التقويم
calendar-feed-link = اشتراك التقويم لهاتفك
calendar-feed-title = اشتراك التقويم
calendar-feed-intro = اشترك في جلساتك من خلال تطبيق التقويم الذي تستخدمه بالفعل. العنوان سري: يستطيع كل من يعرفه رؤية جلساتك، فلا تشاركه مع أحد. يمكنك استبداله أو إلغاؤه في أي وقت.
calendar-feed-issued = انسخ هذا العنوان الآن إلى تطبيق التقويم. لن يُعرض إلا مرة واحدة.
calendar-feed-active = اشتراكك مفعَّل. تظهر المواعيد باسم «جلسة Hearth» ولا تتضمن أي أسماء.
calendar-feed-active-names = اشتراكك مفعَّل ويعرض أسماء الأسر.
calendar-feed-none = ليس لديك اشتراك تقويم.
calendar-feed-new = عنوان اشتراك جديد
calendar-feed-show-names = عرض أسماء الأسر في عناوين المواعيد
calendar-feed-show-names-hint = اترك هذا الخيار غير مفعَّل إذا كان بإمكان آخرين رؤية التقويم على هاتفك.
calendar-feed-issue = إنشاء عنوان جديد (سيتوقف العنوان القديم عن العمل)
calendar-feed-revoke = إلغاء الاشتراك
calendar-feed-event = جلسة Hearth ({ $detail })
calendar-feed-name = جلسات Hearth
limits-title = حدودي
limits-intro = ضع حدودًا أكثر صرامة من حدود مؤسستك إذا كنت بحاجة إلى ذلك. يُطبَّق دائمًا الحد الأكثر صرامة بين الاثنين.
limits-organisation-summary = مؤسستك: { $detail }؛ الحد الأقصى للجلسات { $count } في اليوم و{ $size } في الأسبوع؛ مدة الاستراحة (بالدقائق): { $from }.
limits-clear = استخدام حدود المؤسسة
wellbeing-policy-title = سياسة الرفاه
wellbeing-policy-intro = يمتد العمل عبر الإنترنت بسهولة على اليوم كله. تنطبق هذه الحدود على كل أخصائي اجتماعي، وتحتاج الجلسات التي تتجاوزها إلى سبب مكتوب يطّلع عليه المشرفون.
wellbeing-time-zone = المنطقة الزمنية
wellbeing-time-zone-hint = اسم من قاعدة بيانات المناطق الزمنية، مثل Europe/Amsterdam.
wellbeing-hours = ساعات العمل
wellbeing-hours-hint = اترك الوقتين فارغين لليوم الذي لا يُعمل فيه.
wellbeing-from = { $name } من
wellbeing-to = { $name } حتى
wellbeing-max-per-day = الحد الأقصى لجلسات الدعم في اليوم
wellbeing-max-per-week = الحد الأقصى لجلسات الدعم في الأسبوع
wellbeing-min-break = أقصر استراحة بين الجلسات (بالدقائق)
wellbeing-days-off = أيام العطلة
wellbeing-days-off-hint = تاريخ واحد في كل سطر، مثل 2026-12-25.
wellbeing-aftercare-hours = موعد المتابعة اللاحقة خلال (بالساعات)
wellbeing-reminder-hours = التذكيرات للأسر (بالساعات قبل الموعد)
wellbeing-reminder-hours-hint = ثلاثة أرقام على الأكثر، مثل 24, 2. اترك الحقل فارغًا لعدم إرسال تذكيرات.
wellbeing-save = حفظ
wellbeing-error-hours = { $name }: أدخل وقت بداية ووقت نهاية، على أن تكون النهاية بعد البداية.
wellbeing-error-per-day = أدخل حدًا أقصى يوميًا من 1 إلى { $count }.
wellbeing-error-per-week = أدخل حدًا أقصى أسبوعيًا من 1 إلى { $count }.
wellbeing-error-break = أدخل مدة استراحة بالدقائق من 0 إلى { $count }.
wellbeing-error-days-off = اكتب كل يوم عطلة بصيغة تاريخ، مثل 2026-12-25.
wellbeing-error-zone = أدخل منطقة زمنية معروفة، مثل Europe/Amsterdam.
wellbeing-error-aftercare = أدخل عددًا من الساعات من 1 إلى { $count }.
wellbeing-error-reminders = أدخل ثلاثة أعداد من الساعات على الأكثر، بين 1 و168.
weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد
on-call-title = المناوبة
on-call-intro = من يتولى التواصل العاجل خارج ساعات العمل. الأوقات بتوقيت { $name }.
on-call-empty = لا أحد مناوب في الفترة القادمة.
on-call-who = من
on-call-from = من
on-call-to = حتى
on-call-now = الآن
on-call-remove = إزالة
on-call-remove-who = نعم، أزِل مناوبة { $name }
on-call-add = إضافة مناوبة
on-call-add-submit = إضافة المناوبة
on-call-error-who = اختر المناوب.
on-call-error-times = أدخل وقت بداية ووقت نهاية، على أن تكون النهاية بعد البداية وخلال 14 يومًا على الأكثر.
workload-title = عبء عملي
team-title = عبء عمل الفريق
team-intro = للإشراف: الجلسات مقارنةً بالحدود، والجلسات التي تتجاوزها، والعمل خارج ساعات العمل، والمتابعات اللاحقة المفتوحة.
team-empty = لا يوجد أحد في فريقك بعد.
workload-week-of = أسبوع { $when }
workload-sessions-week = الجلسات هذا الأسبوع
workload-busiest-day = أكثر الأيام ازدحامًا
workload-of-limit = { $count } من { $size }
workload-outside-hours = جلسات خارج ساعات العمل
workload-follow-ups = المتابعات اللاحقة المفتوحة
workload-follow-ups-count = { $open ->
    [zero] لا متابعات مفتوحة
    [one] متابعة واحدة مفتوحة
    [two] متابعتان مفتوحتان
    [few] { $open } متابعات مفتوحة
    [many] { $open } متابعة مفتوحة
   *[other] { $open } متابعة مفتوحة
}، { $overdue ->
    [zero] لا شيء منها متأخر
    [one] واحدة منها متأخرة
    [two] اثنتان منها متأخرتان
    [few] { $overdue } منها متأخرة
    [many] { $overdue } منها متأخرة
   *[other] { $overdue } منها متأخرة
}
workload-per-day = الجلسات في كل يوم
workload-overrides = تجاوز الحدود
workload-no-overrides = لا توجد جلسات تجاوزت الحدود هذا الأسبوع.
notification-follow-up-due = حان موعد متابعة لاحقة مع أسرة { $family }.
notification-follow-up-overdue = تأخرت المتابعة اللاحقة التي يتولاها { $name } مع أسرة { $family }.
notification-guardrail-overridden = حدّد { $name } موعد جلسة متجاوزًا أحد حدود الرفاه.
notifications-email-title = البريد الإلكتروني
notifications-email-intro = يمكن لـ Hearth أيضًا أن يرسل إليك رسالة بريد إلكتروني عند وصول شيء جديد. لا تذكر الرسالة أبدًا اسم أسرة أو شخص، ولا تُرسل إلا خلال ساعات عملك أو أثناء مناوبتك.
notifications-email-on = أرسل إليّ بريدًا إلكترونيًا عند وصول إشعارات جديدة
notifications-email-save = حفظ
notification-email-subject = هناك شيء بانتظارك في Hearth
notification-email-body = { $detail }

    سجّل الدخول لرؤيته: { $to }
notification-email-break-glass = فتح أحد الزملاء ملف أسرة عبر الوصول الطارئ.
notification-email-assessment-submitted = هناك تقييم بانتظار مراجعتك.
notification-email-assessment-returned = أُرجع إليك تقييم.
notification-email-follow-up-due = حان موعد متابعة لاحقة بعد جلسة.
notification-email-follow-up-overdue = تأخرت متابعة لاحقة في فريقك.
notification-email-guardrail-overridden = حُدّد موعد جلسة متجاوزًا أحد حدود الرفاه.
audit-family-session-scheduled = تحديد موعد جلسة
audit-family-session-guardrail-overridden = تحديد موعد جلسة متجاوزًا أحد حدود الرفاه
audit-family-session-viewed = الاطلاع على جلسة
audit-family-session-checklist-completed = إكمال قائمة التحقق في بداية جلسة
audit-family-session-outcome-recorded = تسجيل الطريقة التي انتهت بها جلسة
audit-family-translator-invited = دعوة مترجم
audit-family-translator-undertaking-accepted = قبول مترجم للتعهد بالسرية
audit-family-follow-up-completed = تسجيل متابعة لاحقة
calendar-feed-revoke-confirm = ستتوقف تطبيقات التقويم التي تستخدم هذا العنوان عن عرض جلساتك.
calendar-feed-revoke-submit = نعم، ألغِ الاشتراك
session-error-not-started = لم تبدأ الجلسة بعد؛ ولا يمكن قبل بدئها إلا إلغاؤها.
member-reminders-title = التذكير بالجلسات
member-reminders-intro = لا يذكر التذكير إلا موعد الجلسة وطريقتها. إذا لم يُكتب عنوان هنا، يُرسل التذكير إلى حساب فرد الأسرة في البوابة إن وُجد.
member-reminder-email = عنوان البريد الإلكتروني للتذكيرات
member-reminder-email-hint = اختياري. اتركه فارغًا لاستخدام عنوان حساب البوابة.
member-reminder-language = لغة التذكيرات
member-reminders-off = بدون تذكيرات بالبريد الإلكتروني (مثلًا إذا كان شخص آخر يقرأ هذا البريد)
member-reminders-save = حفظ إعدادات التذكير
member-reminders-saved = حُفظت إعدادات التذكير.
member-reminder-error-email = أدخل عنوان بريد إلكتروني مثل name@example.org، أو اتركه فارغًا.
notification-outcome-missing = انتهت جلسة مع { $family }؛ سجّل كيف جرت حتى تبدأ المتابعة اللاحقة.
notification-email-outcome-missing = انتهت جلسة دون تسجيل نتيجتها.

families-count = { $count ->
    [zero] لا توجد عائلات
    [one] عائلة واحدة
    [two] عائلتان
    [few] { $count } عائلات
    [many] { $count } عائلة
   *[other] { $count } عائلة
}
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-position = الصفحة { $page } من { $pages }

## المحادثات مع الأسرة
conversations-heading = المحادثات
conversations-empty = لا توجد محادثات بعد.
conversations-no-accounts = يمكنك أن تكتب هنا لأفراد الأسرة الذين لديهم حساب في البوابة. ادعُ أحد أفراد الأسرة إلى البوابة أولًا.
conversation-start = بدء محادثة
conversation-start-with = الكتابة إلى
conversation-error-members = اختر فردًا واحدًا على الأقل من أفراد الأسرة لديه حساب في البوابة.
conversation-title = محادثة
conversation-with = مع { $names }
conversation-last = آخر رسالة { $when }
conversation-unseen = { $count ->
    [zero] لا توجد رسائل جديدة
    [one] رسالة جديدة واحدة
    [two] رسالتان جديدتان
    [few] { $count } رسائل جديدة
    [many] { $count } رسالة جديدة
   *[other] { $count } رسالة جديدة
}
conversation-empty = لا توجد رسائل بعد. اكتب الرسالة الأولى أدناه.
conversations-back = العودة إلى محادثاتك
portal-conversations-title = محادثاتك
nav-conversations = المحادثات
portal-conversations-empty = لا توجد محادثات بعد. يمكن للمختص الذي يتابعك أن يبدأ محادثة معك هنا.
message-urgent-hint = لا تضع علامة «عاجل» إلا إذا كان الأمر لا يحتمل الانتظار: تُرسَل الرسالة عندئذٍ إلى المناوب الآن.
message-text = الرسالة
message-send = إرسال
message-error-empty = اكتب رسالة قبل إرسالها.
message-error-too-long = لا يجوز أن تتجاوز الرسالة ٤٠٠٠ حرف. اختصرها أو قسّمها على رسالتين.
message-urgent = عاجل
message-corrected = مُصحَّحة
message-earlier = النص السابق
message-correct = تصحيح هذه الرسالة
message-correct-submit = حفظ التصحيح
message-correct-explain = يظهر التصحيح على أنه تصحيح، ويبقى النص السابق ظاهرًا لكل المشاركين في المحادثة.
message-seen-by = اطّلع عليها { $names }
message-new-from = رسالة جديدة من { $name }
message-automatic = Hearth (ردّ تلقائي)

# Telling people about messages
notification-message-received = كتب { $name } في محادثة مع { $family }.
notification-urgent-message = أرسل { $name } ({ $family }) رسالة موسومة بأنها عاجلة.
notification-email-message-received = كتب إليك أحد أفراد عائلة.
notification-email-urgent-message = أرسل أحد أفراد عائلة رسالة موسومة بأنها عاجلة.
message-email-subject = لديك رسالة جديدة
message-email-body = لديك رسالة جديدة في { $site }. سجّل الدخول لقراءتها: { $to }

    يمكنك إيقاف هذه الرسائل الإلكترونية من صفحة حسابك.
message-emails-legend = البريد الإلكتروني عند وصول رسائل جديدة
message-emails-label = أرسل إليّ بريدًا إلكترونيًا عندما تصلني رسالة جديدة (لا يذكر البريد محتواها أبدًا)
message-emails-save = حفظ

# Quick answers
nav-quick-answers = إجابات سريعة
nav-answers = إجابات
quick-answers-title = إجابات سريعة
quick-answers-intro = إجابات قصيرة عن أسئلة عملية تطرحها العائلات كثيرًا: جوازات السفر، والأوراق، وزيارات السجن، ومن يُتّصل به. يقرؤها أفراد العائلات في البوابة، ويدرجها الأخصائيون في ردودهم.
quick-answers-empty = لا توجد إجابات سريعة بعد. أضف أولها.
quick-answer-new-title = إضافة إجابة سريعة
quick-answer-edit-title = تعديل إجابة سريعة
quick-answers-back = العودة إلى الإجابات السريعة
quick-answer-form-intro = اكتب السؤال والإجابة بكل لغة تستطيعها، واترك اللغة فارغة إن لم تُكتب بعد. يراها أفراد العائلات بلغتهم حين تكون مكتوبة بها.
quick-answer-question = السؤال
quick-answer-answer = الإجابة
quick-answer-remove-title = حذف هذه الإجابة السريعة
quick-answer-remove-explain = لن تُعرض «{ $title }» على أفراد العائلات ولن تُقترح في الردود بعد الآن. تحتفظ الرسائل التي استخدمتها بنصها.
quick-answer-remove-confirm = احذفها
quick-answer-error-incomplete = اكتب السؤال والإجابة معًا، أو اترك كليهما فارغين.
quick-answer-error-title-long = يجب ألا يتجاوز السؤال 120 حرفًا.
quick-answer-error-body-long = يجب ألا تتجاوز الإجابة 2000 حرف.
quick-answer-error-intro = بعض اللغات تحتاج إلى انتباهك؛ انظر أدناه.
quick-answer-error-empty = اكتب السؤال والإجابة بلغة واحدة على الأقل.
portal-answers-title = إجابات عن أسئلة شائعة
portal-answers-intro = إجابات عملية من فريق الدعم. إن لم تجد سؤالك هنا فاكتب إلى الأخصائي المتابع لك.
portal-answers-empty = لا توجد إجابات هنا بعد. يمكنك أن تكتب إلى الأخصائي المتابع لك بأي سؤال.
quick-answers-insert = إدراج إجابة سريعة
quick-answers-language = تُدرج بـ{ $language } حيث تكون مكتوبة بها.

# Conversations on the family timeline
timeline-conversation-day = محادثة مع { $names }: { $messages }، { $family }
timeline-conversation-messages = { $count ->
    [zero] لا رسائل
    [one] رسالة واحدة
    [two] رسالتان
    [few] { $count } رسائل
    [many] { $count } رسالة
   *[other] { $count } رسالة
}
timeline-conversation-from-family = { $count ->
    [zero] لا شيء من العائلة
    [one] واحدة من العائلة
    [two] اثنتان من العائلة
    [few] { $count } من العائلة
    [many] { $count } من العائلة
   *[other] { $count } من العائلة
}

# Files sent in conversations
attach-heading = إرسال صورة أو ملف PDF
attach-file = صورة أو ملف PDF
attach-hint = ‏JPEG أو PNG أو PDF، حتى 10 ميغابايت. تُزال البيانات المخفية في الملف (مثل مكان التقاط الصورة).
attach-caption = بضع كلمات معه (اختياري)
attach-submit = أرسل الملف
attachment-error-kind = يمكن إرسال الصور (JPEG وPNG) وملفات PDF فقط في المحادثة.

## Video calls
choice-reconnect_minutes = عدد الدقائق التي ننتظر فيها عودة مكالمة الفيديو المنقطعة قبل اللجوء إلى البديل المتفق عليه (من 1 إلى 30)
agreement-error-reconnect-minutes = يجب أن يكون عدد دقائق انتظار عودة المكالمة المنقطعة عددًا صحيحًا من 1 إلى 30.
call-title = مكالمة فيديو
call-open = فتح مكالمة الفيديو
call-open-hint = تُفتح المكالمة قبل 15 دقيقة من موعد البداية، وتُغلق بعد 30 دقيقة من موعد الانتهاء المقرر. لا يسجّل Hearth المكالمات أبدًا.
call-join-link = الانضمام إلى مكالمة الفيديو
call-translator-keep-link = احتفظ برابط هذا الزر: فهو يتيح لك دخول المكالمة حتى انتهاء الجلسة.
call-translator-verified = المترجم: قُبل التعهد بالسرية عبر رابط الدعوة الخاص به
call-back-to-session = العودة إلى الجلسة
call-back-home = العودة إلى الصفحة الرئيسية
call-back-translator = العودة إلى الدعوة
call-not-video = لا تُعقد هذه الجلسة عبر الفيديو، لذلك ليست لها مكالمة.
call-session-over = انتهت هذه الجلسة، وأُغلقت مكالمتها.
call-not-yet = تُفتح المكالمة في { $when }. عُد في ذلك الوقت.
call-closed = انتهى وقت هذه المكالمة.
call-needs-script = تحتاج مكالمات الفيديو إلى JavaScript، وهو معطّل في هذا المتصفح.
call-unsupported = لا يستطيع هذا المتصفح إجراء مكالمات فيديو. جرّب إصدارًا حديثًا من Chrome أو Firefox أو Safari.
call-fallback = ما اتفقنا عليه إذا لم تنجح المكالمة: { $fallback }
call-fallback-heading = إذا انقطع الاتصال:
call-check-title = تحقّق من الكاميرا والميكروفون والصوت
call-check-intro = لا أحد يراك أو يسمعك بعد. قد يسألك المتصفح هل يُسمح لـ Hearth باستخدام الكاميرا والميكروفون: اختر «السماح».
call-preview-label = الكاميرا الخاصة بك
call-mic-level = الميكروفون: تحدّث وراقب حركة الشريط
call-sound-test = تشغيل صوت تجريبي
call-sound-hint = إذا لم تسمع أي نغمة، فارفع مستوى الصوت أو صِل سماعات الأذن.
call-connection-measuring = جارٍ فحص اتصالك…
call-connection-good = يبدو اتصالك جيدًا بما يكفي للفيديو.
call-connection-fair = يُفترض أن يكفي اتصالك للفيديو. إذا تجمّدت الصورة، فانتقل إلى الصوت فقط.
call-connection-weak = يبدو اتصالك ضعيفًا. تم تشغيل وضع الصوت فقط: فهو يعمل أفضل بكثير مع الاتصال الضعيف.
call-connection-unknown = تعذّر فحص الاتصال. ولا يزال بإمكانك الانضمام.
call-audio-only = الصوت فقط (بدون كاميرا)
call-audio-only-hint = يستهلك الصوت وحده بيانات أقل بكثير، ويستمر في العمل مع الاتصال الضعيف.
call-device-ok = الكاميرا والميكروفون يعملان.
call-device-audio-only = الميكروفون يعمل، والكاميرا متوقفة.
call-device-failed = تعذّر على Hearth استخدام الكاميرا أو الميكروفون. تحقّق من أن المتصفح مسموح له باستخدامهما، أو استخدم البديل المتفق عليه.
call-start = بدء المكالمة
call-ask-to-join = طلب الانضمام
call-waiting-title = غرفة الانتظار
call-waiting-text = أنت في غرفة الانتظار. سيُدخلك { $name } قريبًا. أبقِ هذه الصفحة مفتوحة.
call-room-title = المكالمة
call-self-label = صورتك
call-you = أنت
call-controls = أزرار التحكم في المكالمة
call-mute = كتم الميكروفون
call-unmute = تشغيل الميكروفون
call-camera-off = إيقاف الكاميرا
call-camera-on = تشغيل الكاميرا
call-leave = مغادرة المكالمة
call-end = إنهاء المكالمة للجميع
call-end-confirm-title = هل تريد إنهاء المكالمة؟
call-end-confirm-text = سيغادر الجميع المكالمة. بعد ذلك تسجّل النتيجة في صفحة الجلسة.
call-end-cancel = متابعة المكالمة
call-weak-advice = الاتصال ضعيف. غالبًا ما يساعد الانتقال إلى الصوت فقط.
call-switch-audio = الانتقال إلى الصوت فقط
call-over-title = انتهت المكالمة
call-record-outcome = تسجيل النتيجة في صفحة الجلسة
call-lobby-title = بانتظار الانضمام
call-nobody-waiting = لا أحد ينتظر.
call-present-title = في المكالمة
call-admit = السماح بالدخول
call-turn-away = رفض الدخول
call-connected = متصل
call-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال…
call-dropped-at = انقطع الاتصال في الساعة
call-joined = أنت الآن على اتصال مع
call-interrupted = انقطع الاتصال في الساعة { $since }. إذا لم يعد بحلول الساعة { $until }، فستُسجَّل الجلسة على أنها انتهت فجأة، وستُحدَّد متابعة لاحقة.
call-ended = انتهت المكالمة.
call-ended-abruptly = انقطعت المكالمة ولم تعد في الوقت المحدد. سُجِّلت الجلسة على أنها انتهت فجأة، وسيتواصل معك الأخصائي الاجتماعي الذي يتابعك كما اتفقتما.
call-ended-abruptly-staff = انقطعت المكالمة ولم تعد في الوقت المحدد. سُجِّلت الجلسة على أنها انتهت فجأة، وخُطِّطت متابعة في صفحة الجلسة. نفِّذ الآن ما اتُّفق عليه:
call-turned-away = لم يُسمح لك بدخول المكالمة. تواصل مع الأخصائي الاجتماعي الذي يتابعك بالطريقة المعتادة.
call-full = في المكالمة أربعة أشخاص بالفعل، وهذا هو الحد الأقصى.
call-replaced = المكالمة مفتوحة في نافذة أخرى أو على جهاز آخر.
call-left = لقد غادرت المكالمة.
call-lost = لم يعد بإمكانك الوصول إلى هذه المكالمة.
call-role-staff = أخصائي اجتماعي
call-role-member = فرد من الأسرة
call-role-translator = مترجم
call-sound-playing = جارٍ تشغيل نغمة تجريبية.
call-checklist-saved = اكتملت قائمة التحقق في بداية الجلسة.
call-checklist-failed = لم تُحفظ قائمة التحقق: ضع علامة على كل نقطة وحاول مرة أخرى.
call-terms-title = ما اتفقنا عليه
call-no-recording = لا أحد يسجّل هذه المكالمة: لا أنت ولا نحن. لا توجد في Hearth أي خاصية للتسجيل.
call-terms-of = الاتفاق مع { $name }
call-signal = الإشارة التي تعني «لا أستطيع التحدث بحرية الآن»:
call-reconnect-minutes = { $count ->
    [zero] (ننتظر عودة الاتصال لمدة { $count } دقيقة.)
    [one] (ننتظر عودة الاتصال لمدة دقيقة واحدة.)
    [two] (ننتظر عودة الاتصال لمدة دقيقتين.)
    [few] (ننتظر عودة الاتصال لمدة { $count } دقائق.)
    [many] (ننتظر عودة الاتصال لمدة { $count } دقيقةً.)
   *[other] (ننتظر عودة الاتصال لمدة { $count } دقيقة.)
}
call-no-agreement = لا يوجد اتفاق عمل عبر الإنترنت معتمد حاليًا. اتفق مع المشاركين شفهيًا على قواعد المكالمة قبل البدء.
call-log-title = مكالمة الفيديو
call-event-opened = فُتحت المكالمة
call-event-waiting = { $name } في غرفة الانتظار
call-event-admitted = انضم { $name } إلى المكالمة
call-event-turned_away = لم يُسمح لـ { $name } بالدخول
call-event-dropped = انقطع اتصال { $name }
call-event-restored = عاد اتصال { $name }
call-event-left = غادر { $name } المكالمة
call-event-ended = انتهت المكالمة
call-event-ended_abruptly = انتهت المكالمة فجأة: لم يعد الاتصال في الوقت المحدد

## Peer-support communities
nav-community = المجتمع
community-title = مجموعات دعم الأقران
community-back = العودة إلى مجموعات دعم الأقران
community-back-to-topic = العودة إلى الموضوع
community-manager-intro = افتح المجموعات، وعيّن سفراء الأقران لها، وقرّر في طلبات الانضمام، وتأكّد من أن كل سؤال يحصل على إجابة.
community-new-group-title = فتح مجموعة جديدة
community-group-settings-title = إعدادات المجموعة
community-group-title = المجموعة
community-groups-heading = المجموعات
community-no-groups-manager = لا توجد مجموعات بعد. افتح المجموعة الأولى: حدّد لها موضوعًا وقواعد، وعيّن لها سفير أقران واحدًا على الأقل.
community-no-groups-member = لست عضوًا في أي مجموعة بعد. يمكن للأخصائي الذي يتابعك أن يدعوك، أو يمكنك أن تطلب الانضمام إلى إحدى المجموعات أدناه.
community-applications-waiting = { $count ->
    [zero] لا توجد طلبات بانتظار قرارك
    [one] طلب واحد بانتظار قرارك
    [two] طلبان بانتظار قرارك
    [few] { $count } طلبات بانتظار قرارك
    [many] { $count } طلبًا بانتظار قرارك
   *[other] { $count } طلب بانتظار قرارك
}
community-questions-waiting = { $count ->
    [zero] لا توجد أسئلة بانتظار إجابة
    [one] سؤال واحد بانتظار إجابة
    [two] سؤالان بانتظار إجابة
    [few] { $count } أسئلة بانتظار إجابة
    [many] { $count } سؤالًا بانتظار إجابة
   *[other] { $count } سؤال بانتظار إجابة
}
community-stat-members = الأعضاء
community-stat-open-questions = الأسئلة المفتوحة
community-stat-first-reply = الوقت الوسيط حتى أول رد
community-stat-active = الأعضاء الذين كتبوا خلال آخر 30 يومًا
community-stat-posts-week = المشاركات في الأسبوع (آخر 4 أسابيع)
community-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقةً
   *[other] { $count } دقيقة
}
community-safety-notice = الناس هنا أسر مثل أسرتك. يرعى سفراء الأقران والمؤسسة هذه المجموعات، لكننا لا نستطيع أن نضمن أن كل ما يُقال هنا يبقى هنا، أو أنه مناسب لك. لا تشارك أسماء أو أماكن أو أي شيء قد يكشف هوية أحد. إذا كنت قلقًا على سلامة أحد الآن، فاطلب التحدث مع شخص.
community-help-link = أحتاج إلى التحدث مع شخص
community-notices-heading = رسائل من المجتمع
community-new = جديد:
community-notice-post-hidden = أخفى أحد مشرفي المجموعة مشاركة لك في «{ $group }». السبب:
community-notice-question-waiting = انتظر سؤال في «{ $group }» وقتًا طويلًا جدًا دون إجابة.
community-notice-warned = أرسل إليك أحد مشرفي «{ $group }» تحذيرًا:
community-pseudonym-heading = اسمك في المجتمع
community-pseudonym-current = يراك الأعضاء الآخرون باسم { $pseudonym }.
community-pseudonym-none = اختر اسمًا تستخدمه في المجموعات قبل أن تكتب. لا يرى الأعضاء الآخرون اسمك الحقيقي أبدًا.
community-pseudonym-label = الاسم في المجتمع
community-pseudonym-hint = من 3 إلى 30 حرفًا أو رقمًا أو مسافة أو نقطة أو شرطة. لا تستخدم اسمك الحقيقي ولا جزءًا منه.
community-pseudonym-save = حفظ الاسم
community-error-pseudonym-taken = يستخدم شخص آخر هذا الاسم، أو اسمًا يبدو مثله. اختر اسمًا آخر.
community-error-pseudonym-short = يجب أن يتكون الاسم من 3 أحرف على الأقل.
community-error-pseudonym-long = يجب ألا يزيد الاسم على 30 حرفًا.
community-error-pseudonym-characters = استخدم الحروف والأرقام والمسافات والنقاط والشرطات والشرطات السفلية فقط.
community-error-pseudonym-real-name = يحتوي هذا الاسم على اسمك الحقيقي. اختر اسمًا لا يكشف هويتك.
community-invitations-heading = الدعوات
community-invitation-accept = الانضمام إلى هذه المجموعة
community-invitation-decline = لا، شكرًا
community-my-groups-heading = مجموعاتك
community-you-are-ambassador = أنت سفير أقران في هذه المجموعة.
community-rules-to-accept = تغيّرت قواعد المجموعة: اقرأها ووافق عليها قبل أن تكتب مرة أخرى.
community-other-groups-heading = مجموعات أخرى
community-my-applications-heading = طلباتك
community-application-waiting = بانتظار القرار
community-application-approved = مقبول
community-application-declined = مرفوض
community-digest-heading = بريد إلكتروني عندما يردّ أحد
community-digest-on = تصلك رسالة بريد إلكتروني عندما يردّ أحد على مواضيعك. لا تحتوي الرسالة أبدًا على ما كُتب.
community-digest-off = لا تصلك أي رسائل بريد إلكتروني عن المجتمع.
community-digest-start = أرسل إليّ بريدًا إلكترونيًا عند وصول الردود
community-digest-stop = إيقاف هذه الرسائل
community-group-name = اسم المجموعة
community-group-purpose = لمن هذه المجموعة، وما موضوعها
community-rules-title = قواعد المجموعة
community-rules-hint = يوافق كل عضو على هذه القواعد قبل أول مشاركة له. اذكر بوضوح ما هو مرحَّب به، وما هو غير مقبول، وما يفعله المشرفون.
community-rules-default = كن لطيفًا: كل من هنا يمرّ بظروف صعبة. شارك تجربتك أنت، لا قصص الآخرين. لا تنشر أسماء أو أماكن أو صورًا أو أي شيء قد يكشف هوية أحد. لا للكراهية، ولا للتهديد، ولا للتجنيد. يجوز للمشرفين إخفاء المشاركات التي تخالف هذه القواعد، وسيخبرونك بالسبب. إذا كنت قلقًا على سلامة أحد، فاستخدم «أحتاج إلى التحدث مع شخص».
community-rules-version = الإصدار { $count }
community-rules-new = إصدار جديد من قواعد المجموعة
community-rules-new-hint = يجب على كل عضو أن يوافق على الإصدار الجديد قبل أن يكتب مرة أخرى.
community-rules-publish = نشر قواعد المجموعة الجديدة
community-ambassadors-heading = سفراء الأقران
community-no-ambassadors = لا يوجد سفراء أقران في مؤسستك بعد. اطلب من مسؤول المؤسسة أن يدعو أحدهم.
community-error-name-missing = أعطِ المجموعة اسمًا.
community-error-name-long = يجب ألا يزيد الاسم على 80 حرفًا.
community-error-purpose-long = يجب ألا يزيد الوصف على 500 حرف.
community-error-rules-empty = اكتب قواعد المجموعة.
community-error-rules-short = يجب أن تتكون قواعد المجموعة من 20 حرفًا على الأقل.
community-error-rules-long = يجب ألا تزيد قواعد المجموعة على 8000 حرف.
community-ambassadors-are = سفراء الأقران: { $names }
community-no-ambassador-yet = لا يوجد في هذه المجموعة سفير أقران بعد.
community-ambassador-unnamed = سفير أقران لم يختر اسمًا بعد
community-ambassador-label = { $name } (سفير أقران)
community-manager-label = { $name } (منسق المجتمع)
community-author-gone = عضو سابق
community-moderation-title = سجل الإشراف
community-queue-title = الأسئلة والبلاغات
community-topics-heading = المواضيع
community-no-topics = لا توجد مواضيع بعد. ابدأ الموضوع الأول أدناه.
community-answered = تمت الإجابة
community-unanswered = بانتظار إجابة
community-replies = { $count ->
    [zero] لا توجد ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } رد
}
community-new-topic = بدء موضوع
community-blocked-pseudonym = اختر أولًا اسمًا تستخدمه في المجتمع.
community-blocked-rules = اقرأ قواعد المجموعة ووافق عليها أولًا.
community-blocked-muted = منعك أحد المشرفين من الكتابة في هذه المجموعة حتى { $until }.
community-blocked-not-member = لست عضوًا في هذه المجموعة.
community-blocked-go = الذهاب إليها
community-topic-title-label = العنوان
community-post-label = رسالتك
community-post-hint = اكتب بأي لغة. يمكنك استخدام **عريض** و _مائل_؛ ولعمل قائمة ابدأ الأسطر بـ «- ».
community-topic-is-question = هذا سؤال
community-topic-submit = نشر الموضوع
community-topic-title = الموضوع
community-error-title-empty = أعطِ الموضوع عنوانًا.
community-error-title-short = يجب أن يتكون العنوان من 3 أحرف على الأقل.
community-error-title-long = يجب ألا يزيد العنوان على 150 حرفًا.
community-error-post-empty = اكتب رسالة.
community-error-post-short = اكتب رسالة.
community-error-post-long = يجب ألا تزيد الرسالة على 8000 حرف.
community-rules-changed = تغيّرت قواعد المجموعة منذ آخر مرة وافقت عليها.
community-rules-accept-label = قرأت قواعد المجموعة وسألتزم بها.
community-rules-accept = الموافقة على قواعد المجموعة
community-apply-title = طلب الانضمام
community-apply-intro = يقرأ منسق المجتمع إجابتك ويتخذ القرار. سترى القرار في صفحة المجتمع.
community-apply-label = لماذا تودّ الانضمام إلى هذه المجموعة؟
community-apply-submit = إرسال الطلب
community-error-application-empty = اكتب بضع كلمات عن سبب رغبتك في الانضمام.
community-error-application-short = اكتب 10 أحرف على الأقل.
community-error-application-long = يجب ألا تزيد الإجابة على 1000 حرف.
community-applications-title = طلبات الانضمام
community-no-applications = لا توجد طلبات بانتظار القرار.
community-decline-reason = السبب (مطلوب عند الرفض، ويقرؤه مقدّم الطلب)
community-approve = قبول
community-decline = رفض
community-error-reason-empty = اكتب السبب.
community-error-reason-short = يجب أن يتكون السبب من 3 أحرف على الأقل.
community-error-reason-long = يجب ألا يزيد السبب على 1000 حرف.
community-helpful = كان هذا مفيدًا
community-post-hidden = أخفى أحد المشرفين هذه المشاركة.
community-mark-helpful = ساعدني هذا الرد
community-flag-title = إبلاغ المشرفين
community-flag-intro = أخبر المشرفين بما هو خطأ في هذه المشاركة. لا يرى كاتبها من أبلغ عنها.
community-flag-submit = إرسال البلاغ
community-hide-title = إخفاء هذه المشاركة
community-hide-intro = تُخفى المشاركة عن جميع أعضاء المجموعة، ويُبلَّغ كاتبها بالسبب الذي تذكره.
community-hide-submit = إخفاء المشاركة
community-reason-label = السبب
community-reply-heading = الرد
community-reply-submit = نشر الرد
community-unanswered-heading = أسئلة بلا إجابة
community-no-unanswered = لكل سؤال إجابة.
community-overdue = تجاوز المهلة
community-waited-hours = { $count ->
    [zero] ينتظر منذ أقل من ساعة
    [one] ينتظر منذ ساعة واحدة
    [two] ينتظر منذ ساعتين
    [few] ينتظر منذ { $count } ساعات
    [many] ينتظر منذ { $count } ساعةً
   *[other] ينتظر منذ { $count } ساعة
}
community-waited-days = { $count ->
    [zero] ينتظر منذ أقل من يوم
    [one] ينتظر منذ يوم واحد
    [two] ينتظر منذ يومين
    [few] ينتظر منذ { $count } أيام
    [many] ينتظر منذ { $count } يومًا
   *[other] ينتظر منذ { $count } يوم
}
community-flags-heading = المشاركات المُبلَّغ عنها
community-no-flags = لا توجد مشاركات مُبلَّغ عنها.
community-flag-reasons = سبب البلاغ:
community-open-topic = فتح الموضوع
community-dismiss = إبقاء المشاركة (إغلاق البلاغات)
community-no-moderation = لم يُتخذ أي إجراء إشرافي في هذه المجموعة بعد.
community-log-when = متى
community-log-what = ماذا
community-log-by = بواسطة
community-log-member = العضو
community-log-reason = السبب
community-moderation-hid = إخفاء مشاركة
community-moderation-edited = تعديل مشاركة
community-moderation-warned = تحذير عضو
community-moderation-muted = منع عضو من الكتابة مؤقتًا
community-moderation-removed = إزالة عضو
community-moderation-flag-dismissed = إبقاء مشاركة مُبلَّغ عنها
community-moderation-application-approved = قبول طلب انضمام
community-moderation-application-declined = رفض طلب انضمام
community-moderation-rules-published = نشر قواعد جديدة للمجموعة
community-settings-title = مهل الرد
community-settings-intro = كل سؤال يستحق إجابة. إذا انتظر سؤال هذه المدة دون رد، يُبلَّغ سفراء الأقران في مجموعته، ثم يُبلَّغ منسق المجتمع لاحقًا.
community-limit-ambassadors = إبلاغ سفراء الأقران بعد (بالساعات)
community-limit-manager = إبلاغ منسق المجتمع بعد (بالساعات)
community-error-limits-range = يجب أن تكون كل مدة عددًا صحيحًا من الساعات من 1 إلى 336.
community-error-limits-order = يجب أن يُبلَّغ منسق المجتمع بعد سفراء الأقران.
community-help-title = أحتاج إلى التحدث مع شخص
community-help-urgent-heading = إذا كان أحد في خطر الآن
community-help-emergency = اتصل فورًا بخدمات الطوارئ. هذه هي جهات الاتصال التي اتفقت عليها مع الأخصائي الذي يتابعك للحظات العاجلة:
community-help-intro = اطلب التحدث مع شخص: يُبلَّغ فورًا الأخصائي الذي يتابعك، أو المناوب في هذا الوقت، وسيتواصل معك كما اتفقتم. لا يُنشر أي شيء في أي مجموعة.
community-help-ask = أريد أن يتواصل معي أحد
community-help-sent = أُرسل طلبك. سيتواصل معك أحد كما اتفقتم.
community-invite-heading = مجموعات دعم الأقران
community-invite-label = الدعوة إلى مجموعة
community-invite-submit = إرسال الدعوة
community-invite-no-groups = لا توجد مجموعات دعم أقران بعد.
community-invite-needs-account = يحتاج فرد الأسرة إلى حساب في البوابة قبل أن تمكن دعوته إلى مجموعة.
community-invite-invited = أُرسلت الدعوة. سيراها فرد الأسرة في صفحة المجتمع الخاصة به.
community-invite-member = فرد الأسرة هذا عضو في هذه المجموعة بالفعل.
community-invite-waiting = سبقت دعوة فرد الأسرة هذا إلى هذه المجموعة.
community-invite-no-account = يحتاج فرد الأسرة إلى حساب في البوابة قبل أن تمكن دعوته إلى مجموعة.
notification-community-question-waiting = انتظر سؤال في إحدى مجموعات دعم الأقران أكثر من المهلة المحددة دون إجابة.
notification-community-help-requested = طلب { $name } عبر المجتمع التحدث مع شخص ({ $family }).
notification-email-community-question = هناك سؤال في إحدى مجموعات دعم الأقران بانتظار إجابة.
audit-family-community-invitation-sent = دعوة فرد إلى مجموعة دعم الأقران
audit-family-community-help-requested = طلب أحد الأفراد التحدث مع شخص
community-edit-title = تعديل هذه المشاركة
community-edit-intro = غيّر فقط ما يخالف قواعد المجموعة، مثل اسم أو مكان. سيرى الجميع أن أحد المشرفين عدّل المشاركة وسبب ذلك، وسيُبلَّغ كاتبها.
community-edit-why = سبب التعديل
community-edit-why-hint = يظهر تحت المشاركة لجميع أعضاء المجموعة.
community-edit-submit = حفظ المشاركة بعد التعديل
community-edited-note = عدّلها أحد المشرفين: { $why }
community-member-action-title = تحذير كاتب المشاركة أو منعه من الكتابة مؤقتًا أو إزالته
community-member-action-intro = ما الإجراء المناسب بشأن { $name } في هذه المجموعة؟ سيُبلَّغ العضو بما اخترته وبالسبب.
community-member-action-choose = الإجراء
community-act-warn = إرسال تحذير
community-act-mute = المنع من الكتابة مؤقتًا: يستطيع القراءة دون الكتابة لبضعة أيام
community-act-remove = إزالته من المجموعة
community-mute-days = عدد أيام المنع من الكتابة (من 1 إلى 90، عند المنع من الكتابة فقط)
community-member-action-reason-hint = سيقرأ العضو هذا النص. اذكر بلطف القاعدة التي خولفت.
community-member-action-submit = تأكيد
community-error-mute-days = يجب أن تكون مدة المنع من الكتابة عددًا صحيحًا من الأيام من 1 إلى 90.
community-error-member-action = اختر الإجراء.
community-notice-post-edited = عدّل أحد مشرفي المجموعة مشاركة لك في «{ $group }». السبب:
community-notice-muted = منعك أحد مشرفي «{ $group }» من الكتابة فيها لبعض الوقت. يمكنك حتى ذلك الحين أن تقرأ فيها، لكن لا يمكنك أن تكتب. السبب:
community-notice-removed = تمت إزالتك من «{ $group }». السبب:
community-schedule-title = المشاركات المجدولة
community-schedule-intro = حافظ على نشاط المجموعة: حدّد موعدًا لنشر سؤال لبدء الحديث، أو شيء للقراءة، أو لقاء. في الموعد الذي تختاره، تظهر المشاركة موضوعًا باسمك.
community-schedule-empty = لا توجد مشاركات مجدولة بعد.
community-schedule-published = تم النشر: فتح الموضوع
community-schedule-cancel = إلغاء النشر
community-schedule-cancel-confirm = نعم، لا أريد نشر هذه المشاركة
community-schedule-new = تحديد موعد مشاركة
community-schedule-kind = نوع المشاركة
community-schedule-when = موعد النشر ({ $zone })
community-schedule-submit = تحديد موعد المشاركة
community-kind-prompt = سؤال لبدء الحديث
community-kind-resource = شيء للقراءة أو الاستخدام
community-kind-event = لقاء أو فعالية
community-error-kind = اختر نوع المشاركة.
community-error-publish-at = اختر تاريخًا ووقتًا في المستقبل.
community-digest-email-subject = ردود جديدة في مجموعة دعم الأقران
community-digest-email-body = ردّ أحدهم على مواضيعك في { $site }. عدد الردود الجديدة: { $count }. سجّل الدخول لقراءتها: { $to }
community-new-posts = وصلت مشاركات جديدة.
community-topic-hidden = أخفى مشرفو المجموعة هذا الموضوع.
community-notices-read = تعليم كمقروءة
community-invite-not-possible = لا يمكن دعوة هذا الشخص إلى هذه المجموعة. يمكن لمنسق المجتمع أن يخبرك بالمزيد.
notification-email-community-help = طلب أحد أفراد الأسرة التحدث إلى شخص ما. يُرجى التواصل معه كما اتُّفق.
community-question-email-subject = سؤال ينتظر إجابة
community-question-email-body = سؤال في إحدى مجموعات دعم الأقران في { $site } ينتظر إجابة منذ وقت طويل. سجّل الدخول لتراه: { $to }

## تبادل المعلومات: الجهات الشريكة والاتفاقيات
nav-partners = الجهات الشريكة
partners-title = الجهات الشريكة
partners-back = العودة إلى الجهات الشريكة
partners-intro = الجهات التي تتبادل مؤسستك المعلومات معها، ولكل منها شخص محدد بالاسم للتواصل، والاتفاقيات التي تحدد مسبقًا ما يجوز مشاركته، ولماذا، وعند بلوغ أي عتبة.
partners-empty = لا توجد جهات شريكة بعد. أضف أول جهة أدناه.
partner-add = إضافة جهة شريكة
partner-title = جهة شريكة
partner-details = الجهة والشخص المسؤول عن التواصل فيها
partner-name = اسم الجهة
partner-kind = نوع الجهة
partner-contact = الشخص المسؤول عن التواصل (بالاسم)
partner-contact-details = طريقة التواصل معه (البريد الإلكتروني أو الهاتف)
partner-kind-police = الشرطة
partner-kind-school = المدرسة
partner-kind-health = الخدمات الصحية
partner-kind-probation = المراقبة القضائية
partner-kind-local-authority = السلطة المحلية
partner-kind-multi-agency-panel = لجنة مشتركة بين عدة جهات
partner-kind-other = جهة أخرى
partner-error-name = أدخل اسم الجهة (120 حرفًا على الأكثر).
partner-error-kind = اختر نوع الجهة.
partner-error-contact = أدخل اسم الشخص المسؤول عن التواصل (120 حرفًا على الأكثر).
partner-error-contact-details = يجب ألا تزيد طريقة التواصل على 200 حرف.
partner-agreements-in-force = { $count ->
    [zero] لا توجد اتفاقيات سارية
    [one] اتفاقية واحدة سارية
    [two] اتفاقيتان ساريتان
    [few] { $count } اتفاقيات سارية
    [many] { $count } اتفاقيةً سارية
   *[other] { $count } اتفاقية سارية
}
partner-agreements-review-due = { $count ->
    [zero] لا توجد اتفاقيات حان موعد مراجعتها
    [one] اتفاقية واحدة حان موعد مراجعتها
    [two] اتفاقيتان حان موعد مراجعتهما
    [few] { $count } اتفاقيات حان موعد مراجعتها
    [many] { $count } اتفاقيةً حان موعد مراجعتها
   *[other] { $count } اتفاقية حان موعد مراجعتها
}
sharing-agreements-heading = اتفاقيات تبادل المعلومات
sharing-agreements-empty = لا توجد اتفاقية مع هذه الجهة بعد. ولا يجوز مشاركة أي معلومات معها إلى أن تُبرَم اتفاقية.
sharing-agreement-title = اتفاقية تبادل المعلومات
sharing-agreement-new-title = تسجيل اتفاقية جديدة
sharing-agreement-from = اعتبارًا من { $date }
sharing-standing-not-yet-in-force = لم تدخل حيّز التنفيذ بعد
sharing-standing-in-force = سارية
sharing-standing-review-due = حان موعد المراجعة
sharing-standing-ended = منتهية: لا يمكن استخدامها
sharing-errors-intro = لم تُحفظ الاتفاقية:
sharing-purpose = الغرض من تبادل المعلومات
sharing-lawful-basis = الأساس القانوني
sharing-lawful-basis-note = ما يستند إليه الأساس القانوني (القانون أو المادة، بكلماتك)
sharing-categories = فئات المعلومات التي يجوز مشاركتها
sharing-category-identity-and-contact = بيانات الهوية والتواصل
sharing-category-family-composition = تكوين الأسرة
sharing-category-safeguarding-concerns = مخاوف تتعلق بالحماية
sharing-category-assessment-and-plan = نتائج التقييم وخطة الدعم
sharing-category-case-notes = ملاحظات الملف
sharing-category-health = الصحة
sharing-category-education = التعليم
sharing-category-criminal-justice = شؤون الشرطة أو المحاكم أو السجون أو المراقبة القضائية
sharing-threshold = عتبة المشاركة ودواعيها
sharing-threshold-hint = متى يجوز مشاركة المعلومات، وما الذي يجعل مشاركتها ضرورية. الأولوية دائمًا للحماية.
sharing-handling = كيف تُرسَل المعلومات وتُحفَظ
sharing-retention = مدة الاحتفاظ
sharing-signed = التوقيع
sharing-signed-for-us-by = وقّعها عن مؤسستنا
sharing-signed-for-them-by = وقّعها عن الجهة
sharing-signed-on = بتاريخ
sharing-dates = التواريخ
sharing-starts-on = سارية اعتبارًا من
sharing-review-on = تُراجَع في
sharing-ends-on = تنتهي في
sharing-ends-on-hint = اترك هذا الحقل فارغًا ما دام لا يوجد تاريخ انتهاء. ولا يمكن استخدام اتفاقية منتهية.
sharing-error-purpose = اذكر الغرض من تبادل المعلومات.
sharing-error-lawful-basis = اختر أساسًا قانونيًا من القائمة.
sharing-error-categories = اختر فئة واحدة على الأقل من فئات المعلومات.
sharing-error-threshold = اذكر متى يجوز مشاركة المعلومات: العتبة وما يستدعي المشاركة.
sharing-error-handling = اذكر كيف تُرسَل المعلومات وتُحفَظ.
sharing-error-retention = اذكر مدة الاحتفاظ بالمعلومات.
sharing-error-signatures = اذكر من وقّع عن كل طرف، وفي أي تاريخ.
sharing-error-dates = أدخل تاريخ البدء وتاريخ المراجعة (وتاريخ الانتهاء إن وُجد) بصيغة تاريخ صحيحة.
sharing-error-review-before-start = يجب أن يكون تاريخ المراجعة بعد تاريخ البدء.
sharing-error-end-before-start = لا يمكن أن يكون تاريخ الانتهاء قبل تاريخ البدء.
sharing-error-too-long = أحد النصوص طويل جدًا.
lawful-bases-title = الأسس القانونية لتبادل المعلومات
lawful-bases-intro = الأسس القانونية التي يمكن أن تستند إليها الاتفاقية، أساس واحد في كل سطر. وتحتفظ كل اتفاقية بالأساس الذي أُبرمت بناءً عليه.
lawful-bases-label = الأسس القانونية، أساس واحد في كل سطر
lawful-bases-error = أدخل أساسًا قانونيًا واحدًا على الأقل، كلٌّ منها في سطر مستقل لا يزيد على 300 حرف.
audit-sharing-partners-changed = تعديل الجهات الشريكة
audit-sharing-agreement-changed = تسجيل اتفاقية تبادل معلومات أو تعديلها

## تبادل المعلومات من ملف الأسرة: الإفصاحات والمعلومات الواردة
nav-sharing-register = سجل تبادل المعلومات
sharing-title = تبادل المعلومات
sharing-link = تبادل المعلومات
sharing-actions = إجراءات تبادل المعلومات
disclosures-heading = الإفصاحات إلى الجهات الشريكة
disclosures-empty = لم يُشارَك أي شيء من هذا الملف مع جهة شريكة. يُعَدّ الإفصاح هنا، ويعتمده مشرف قبل إرساله.
disclosure-is-correction = تصحيح
disclosure-prepared-by = أعدّه { $name }، { $when }
disclosure-sent-on = أُرسل في { $date }
received-heading = المعلومات الواردة من الجهات الشريكة
received-hint = تُحفظ للعاملين على هذا الملف. لا تعرضها بوابة الأسر أبدًا، ولا تُقترح أبدًا في أي إفصاح المعلوماتُ التي طلبت جهة شريكة عدم مشاركتها مع أطراف أخرى.
received-empty = لم تُسجَّل أي معلومات من جهة شريكة.
received-conditions = شروط التعامل مع المعلومات
received-conditions-hint = يبقى الخياران محدَّدين إلى أن تعرف أن الجهة الشريكة تسمح بأكثر من ذلك. ويُحفظان مع السجل ويُطبَّقان في كل موضع يمكن أن يُعرض فيه أو يُشارَك.
received-condition-not-for-family = لا تُشارَك مع الأسرة
received-condition-not-for-onward-sharing = لا تُشارَك مع أطراف أخرى
received-other-conditions = شروط أخرى وضعتها الجهة الشريكة
received-recorded-by = سجّلها { $name }، { $when }
received-new-title = تسجيل معلومات واردة
received-no-partners = لا توجد جهات شريكة بعد. يضيفها مسؤول المؤسسة من صفحة الجهات الشريكة.
received-partner = من أي جهة شريكة
received-on = تاريخ الاستلام
received-summary = ما الذي ورد
received-submit = تسجيل
received-errors-intro = لم تُسجَّل المعلومات:
received-error-partner = اختر الجهة الشريكة التي وردت منها المعلومات.
received-error-date = أدخل تاريخ الاستلام، ولا يجوز أن يكون في المستقبل.
received-error-summary = اكتب ما الذي ورد.
disclosure-title = الإفصاح
disclosure-new-title = إعداد إفصاح
disclosure-correct-title = إعداد تصحيح
disclosure-amend-title = تعديل الإفصاح
disclosure-correcting = هذا تصحيح لإفصاح أُرسل بالفعل. يبقى الإفصاح المرسَل كما هو، ويُربط هذا التصحيح به.
disclosure-returned-with = أرجعه المشرف مع هذا التعليق:
disclosure-errors-intro = لم يُحفظ الإفصاح:
disclosure-no-agreements = لا توجد اتفاقية سارية مع أي جهة شريكة، لذا لا يمكن مشاركة أي شيء. يسجّل مسؤول المؤسسة الاتفاقيات من صفحة الجهات الشريكة.
disclosure-to-whom = إلى من، وبموجب أي اتفاقية
disclosure-agreement = الجهة الشريكة والاتفاقية
disclosure-agreement-hint = لا تُعرض إلا الاتفاقيات السارية. ويجب أن تشمل الاتفاقية كل الفئات التي تشاركها.
disclosure-agreement-terms = ما تشمله كل اتفاقية، وعتبتها
disclosure-what = ما الذي يُشارَك
disclosure-items = من الملف
disclosure-items-empty = لا يحتوي الملف بعد على شيء يمكن اختياره؛ صِف أدناه ما الذي يُشارَك.
disclosure-item-note = ملاحظة: { $kind }، { $date }
disclosure-item-document = مستند: { $name }، { $date }
disclosure-item-assessment = تقييم: { $response }، { $date }
disclosure-item-received = معلومات من { $partner }، { $date }
disclosure-shared-text = أي شيء آخر يُشارَك، بالصيغة نفسها التي سيُبلَّغ بها
disclosure-why = لماذا، وعند بلوغ أي عتبة
disclosure-purpose = الغرض
disclosure-purposes-safeguarding = الحماية
disclosure-purposes-other = غير الحماية (يتطلب مبررًا مكتوبًا)
disclosure-purpose-hint = أغراض الحماية لها الأولوية. أما إنفاذ القانون أو جمع المعلومات الاستخبارية وحدهما فيتطلبان مبررًا مكتوبًا.
disclosure-purpose-safeguard-child = لحماية طفل
disclosure-purpose-safeguard-adult = لحماية شخص بالغ معرَّض للخطر
disclosure-purpose-prevent-serious-harm = لمنع ضرر جسيم بالشخص أو بغيره
disclosure-purpose-coordinate-support = للتخطيط للدعم بالتعاون مع الجهة الشريكة
disclosure-purpose-crime-prevention = لمنع الجرائم أو كشفها
disclosure-purpose-law-enforcement = لدعم تحقيق أو ملاحقة قضائية
disclosure-purpose-intelligence = لاستكمال الصورة الاستخبارية لدى الجهة الشريكة
disclosure-not-safeguarding = ليس للحماية
disclosure-justification = المبرر (مطلوب إذا لم يكن الغرض هو الحماية)
disclosure-threshold-met = أي عتبة بُلغت، وكيف
disclosure-evidence = الأدلة في الملف على بلوغ العتبة
disclosure-evidence-empty = لا يحتوي الملف بعد على ملاحظات أو مستندات أو تقييمات يمكن الإشارة إليها.
disclosure-proportionality = لماذا تُعدّ مشاركة هذا القدر، لا أكثر، متناسبة
disclosure-consent = الموافقة
disclosure-consent-given = طُلبت ومُنحت
disclosure-consent-refused = طُلبت ورُفضت
disclosure-consent-not-sought = لم تُطلب
disclosure-consent-reason = السبب (لكل إجابة سببها)
disclosure-family-told = هل ستُبلَّغ الأسرة؟
disclosure-told-yes = نعم، ستُبلَّغ الأسرة
disclosure-told-no = لا، ليس الآن
disclosure-not-told-reason = إن لم تُبلَّغ: لماذا قد يعرّض إبلاغها أحدًا للخطر
disclosure-revisit-on = إعادة النظر بتاريخ
disclosure-four-eyes-hint = يعتمد الإفصاحَ مشرفٌ غيرك أو يُرجعه مع تعليق. ولا يمكن وضع علامة «مُرسَل» عليه إلا بعد ذلك.
disclosure-submit = إرسال للاعتماد
disclosure-error-agreement = اختر جهة شريكة واتفاقية سارية معها.
disclosure-error-not-covered = لا تشمل الاتفاقية كل الفئات التي اخترتها. اختر اتفاقية أخرى، أو شارك معلومات أقل.
disclosure-error-categories = اختر فئة واحدة على الأقل من فئات المعلومات.
disclosure-error-nothing-shared = اختر ما يُشارَك من الملف، أو صِفه. لا يمكن اختيار المعلومات التي طلبت جهة شريكة عدم مشاركتها مع أطراف أخرى.
disclosure-error-purpose = اختر الغرض من الإفصاح.
disclosure-error-justification = الغرض الذي ليس للحماية يتطلب مبررًا مكتوبًا.
disclosure-error-threshold = اذكر أي عتبة بُلغت، وكيف.
disclosure-error-evidence = أشِر إلى الأدلة في الملف على بلوغ العتبة.
disclosure-error-proportionality = اذكر لماذا تُعدّ مشاركة هذا القدر متناسبة.
disclosure-error-consent = اذكر هل طُلبت الموافقة وما كانت الإجابة، مع السبب.
disclosure-error-family-told = اذكر هل ستُبلَّغ الأسرة.
disclosure-error-not-told-reason = إذا لم تُبلَّغ الأسرة، فاذكر السبب وحدّد تاريخًا لإعادة النظر.
disclosure-error-revisit-in-past = يجب أن يكون تاريخ إعادة النظر في المستقبل.
disclosure-error-decision = اختر الاعتماد أو الإرجاع.
disclosure-error-return-comment = اذكر ما يجب تغييره عند الإرجاع.
disclosure-error-changed = تغيّر هذا الإفصاح منذ أن فتحته (اعتُمد أو أُرجع أو أُرسل). وهذه حالته الآن.
disclosure-error-sent-on = أدخل تاريخ الإرسال، على ألا يكون في المستقبل ولا قبل الاعتماد.
disclosure-error-channel = اختر طريقة الإرسال.
disclosure-error-recipient = اذكر اسم من تسلّمه (200 حرف على الأكثر).
disclosure-status-awaiting-approval = بانتظار الاعتماد
disclosure-status-returned = أُرجع لإجراء تعديلات
disclosure-status-approved = معتمد، لم يُرسَل بعد
disclosure-status-sent = مُرسَل
disclosure-corrects-link = هذا تصحيح لإفصاح سابق
disclosure-corrected-by-link = صدر تصحيح لهذا الإفصاح
disclosure-history = مراحل الإفصاح
disclosure-step-prepared = أعدّه { $name }، { $when }
disclosure-step-amended = عدّله { $name }، { $when }
disclosure-step-returned = أرجعه { $name }، { $when }
disclosure-step-approved = اعتمده { $name }، { $when }
disclosure-step-sent = وضع عليه { $name } علامة «مُرسَل»، { $when }
disclosure-record-link = وثيقة الإفصاح (PDF)
disclosure-awaiting-other = بانتظار اعتماده من مشرف غيرك.
disclosure-review = الاعتماد أو الإرجاع
disclosure-review-comment = تعليق
disclosure-review-comment-hint = مطلوب عند الإرجاع: اذكر ما يجب تغييره.
disclosure-approve = اعتماد
disclosure-return = إرجاع مع تعليق
disclosure-mark-sent = وضع علامة «مُرسَل»
disclosure-mark-sent-hint = بعد وضع علامة «مُرسَل» لا يمكن تغيير الإفصاح. ويُصحَّح أي خطأ بتصحيح يُربط به.
disclosure-sent-on-label = تاريخ الإرسال
disclosure-channel = طريقة الإرسال
disclosure-recipient = من تسلّمه (الاسم والصفة)
disclosure-sending = الإرسال
disclosure-channel-secure-email = بريد إلكتروني آمن
disclosure-channel-partner-portal = البوابة الآمنة للجهة الشريكة
disclosure-channel-meeting = في اجتماع
disclosure-channel-telephone = بالهاتف
disclosure-channel-post = بالبريد
disclosure-channel-by-hand = باليد
event-disclosure-prepared = أعدّ { $name } إفصاحًا إلى { $partner }
event-disclosure-amended = عدّل { $name } إفصاحًا إلى { $partner }
event-disclosure-returned = أرجع { $name } إفصاحًا إلى { $partner } لإجراء تعديلات
event-disclosure-approved = اعتمد { $name } إفصاحًا إلى { $partner }
event-disclosure-sent = سجّل { $name } إرسال إفصاح إلى { $partner }
event-information-received = سجّل { $name } معلومات واردة من { $partner }
record-title = وثيقة الإفصاح
record-produced = أعدّها { $name } في { $when }
record-footer = وثيقة إفصاح Hearth رقم { $reference }. سرّية: لا تُحفظ ولا تُشارَك إلا وفق ما تنص عليه الاتفاقية.
record-reference = المرجع
record-family = الأسرة
record-partner = الجهة الشريكة
record-status = الحالة
record-agreement = الاتفاقية
record-lawful-basis = الأساس القانوني
record-categories = الفئات المُشارَكة
record-about = الإفصاح
record-what = ما الذي يُشارَك
record-why = لماذا، وعند بلوغ أي عتبة
record-family-and-consent = الموافقة والأسرة
record-approval = الاعتماد
record-sending = الإرسال
record-not-yet-sent = لم يُرسَل بعد
record-corrections = التصحيحات
record-corrects = يصحّح الإفصاح
record-corrected-by = صحّحه الإفصاح
register-title = سجل تبادل المعلومات
register-hint = الإفصاحات من الأسر التي تشرف عليها، حسب الجهة الشريكة والفترة، والاتفاقيات التي حان موعد مراجعتها.
register-partner = الجهة الشريكة
register-all-partners = كل الجهات الشريكة
register-from = من
register-to = إلى
register-apply = عرض
register-csv = تصدير بصيغة CSV
register-figures = حسب الجهة الشريكة
register-empty = لا توجد إفصاحات في هذه الفترة.
register-total = { $count ->
    [zero] لا توجد إفصاحات في هذه الفترة
    [one] إفصاح واحد في هذه الفترة
    [two] إفصاحان في هذه الفترة
    [few] { $count } إفصاحات في هذه الفترة
    [many] { $count } إفصاحًا في هذه الفترة
   *[other] { $count } إفصاح في هذه الفترة
}
register-prepared = المُعَدّة
register-pending = بانتظار الاعتماد
register-pending-empty = لا شيء بانتظار الاعتماد.
register-without-consent = دون موافقة
register-without-consent-empty = تمّت كل الإفصاحات في هذه الفترة بموافقة.
register-not-told = أسر لم تُبلَّغ
register-not-told-empty = أُبلغت كل الأسر.
register-revisit-due = حان وقت إعادة النظر
register-agreements = اتفاقيات حان موعد مراجعتها
register-agreements-empty = لا توجد اتفاقية يحين موعد مراجعتها خلال الأيام الثلاثين القادمة.
audit-family-disclosure-prepared = إعداد إفصاح إلى جهة شريكة
audit-family-disclosure-amended = تعديل إفصاح
audit-family-disclosure-viewed = الاطلاع على إفصاح
audit-family-disclosure-record-produced = إعداد وثيقة إفصاح (PDF)
audit-family-disclosure-approved = اعتماد إفصاح
audit-family-disclosure-returned = إرجاع إفصاح لإجراء تعديلات
audit-family-disclosure-sent = تسجيل إرسال إفصاح
audit-family-information-received-recorded = تسجيل معلومات واردة من جهة شريكة
audit-sharing-register-viewed = الاطلاع على سجل تبادل المعلومات
audit-sharing-register-exported = تصدير سجل تبادل المعلومات
notification-disclosure-submitted = أعدّ { $name } إفصاحًا من ملف { $family }، وهو بانتظار اعتمادك.
notification-disclosure-returned = أعاد { $name } إليك الإفصاح الذي أعددته من ملف { $family } مع تعليق.
notification-disclosure-approved = اعتمد { $name } الإفصاح الذي أعددته من ملف { $family }، ويمكن إرساله الآن.
notification-email-disclosure-submitted = إفصاح إلى جهة شريكة بانتظار اعتمادك.
notification-email-disclosure-returned = أُعيد إليك إفصاح أعددته.
notification-email-disclosure-approved = اعتُمد إفصاح أعددته ويمكن إرساله.
disclosure-error-agreement-ended = الاتفاقية التي يندرج تحتها لم تعد سارية، لذا لا يمكن اعتماده أو إرساله. أعدّ إفصاحًا جديدًا بموجب اتفاقية سارية.

## استبيانات المتابعة: الأدوات والجدولة والإجابات والتطوّر
nav-check-ins = استبيانات المتابعة
nav-instruments = أدوات استبيانات المتابعة
check-ins-title = استبيانات المتابعة
check-ins-link = استبيانات المتابعة
check-in-errors-intro = لم يُجدوَل استبيان المتابعة:
check-in-results = النتائج عبر الزمن
check-in-results-empty = لم يُجَب عن أي استبيان متابعة بعد. جدوِل استبيانًا أدناه، أو أدخل الإجابات التي قُدِّمت عبر الهاتف.
check-in-higher-means = كلما ارتفعت الدرجة دلّت على { $meaning }
check-in-date = التاريخ
check-in-total = الدرجة
check-in-band = المعنى
check-in-how = طريقة الإجابة
check-in-by-phone = عبر الهاتف، أدخلها { $name }
check-in-in-portal = في بوابة الأسر
check-in-trend-heading = { $name }: { $instrument }
check-in-chart-label = درجات { $name } في { $instrument } عبر الزمن؛ الأرقام نفسها موجودة في الجدول أدناه.
check-in-open = بانتظار الإجابة
check-in-open-empty = لا يوجد استبيان متابعة بانتظار الإجابة.
portal-check-in-asked = طُلب في { $when }
check-in-schedules = استبيانات المتابعة المجدولة
check-in-schedules-empty = لا يوجد شيء مجدول.
check-in-stop = إيقاف استبيانات المتابعة هذه
check-in-stop-confirm = لن يُطلب أي استبيان متابعة آخر، وسيُسحب الاستبيان الذي ينتظر الإجابة. أما الإجابات المقدَّمة من قبل فتبقى محفوظة.
check-in-stop-button = إيقافها
check-in-no-members = أضف أفراد الأسرة أولًا.
check-in-schedule = جدولة استبيانات المتابعة
check-in-member = لمن
check-in-member-hint = لا يستطيع أفراد الأسرة الذين ليس لديهم حساب أسرة أن يجيبوا بأنفسهم؛ ويمكنك أن تُدخل ما يخبرونك به عبر الهاتف.
check-in-no-account = لا يوجد حساب أسرة
check-in-instrument = الاستبيان
check-in-cadence = مدى التكرار
check-in-cadence-once = مرة واحدة، الآن
check-in-cadence-every-weeks = كل بضعة أسابيع، بدءًا من اليوم
check-in-cadence-after-session = بعد كل جلسة عُقدت
check-in-cadence-after-digital-session = بعد كل جلسة عبر الإنترنت (فيديو أو هاتف أو محادثة كتابية)
check-in-cadence-every-weeks-n = { $count ->
    [zero] كل { $count } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $count } أسابيع
    [many] كل { $count } أسبوعًا
   *[other] كل { $count } أسبوع
}
check-in-weeks = عدد الأسابيع (لخيار «كل بضعة أسابيع»)
check-in-schedule-submit = جدولة
check-in-enter-title = إدخال الإجابات التي قُدِّمت عبر الهاتف
check-in-enter-hint = اقرأ الأسئلة بصوت مسموع واختر ما يجيب به فرد الأسرة. وبذلك يُعدّ استبيان المتابعة الذي ينتظر إجابته مُجابًا عنه.
check-in-enter-button = فتح الأسئلة
check-in-enter-heading = { $instrument }: إجابات { $name }
check-in-error-member = اختر أحد أفراد الأسرة.
check-in-error-instrument = اختر استبيانًا.
check-in-error-cadence = اختر مدى التكرار.
check-in-error-weeks = أدخل عددًا من الأسابيع بين 1 و26.
check-in-error-unanswered = بعض الأسئلة لم يُجَب عنها بعد. يجب الإجابة عن كل سؤال.
check-in-error-item = اختر إجابة عن هذا السؤال.
check-in-submit = أرسل إجاباتي
portal-check-ins-title = استبيانات المتابعة
portal-check-in-title = استبيان المتابعة
portal-check-in-thanks = شكرًا لك. وصلت إجاباتك إلى الأخصائي الاجتماعي الذي يتابعك.
portal-check-ins-empty = لا يوجد ما تجيب عنه الآن. عندما يودّ الأخصائي الاجتماعي الذي يتابعك أن يعرف كيف حالك، ستجد ذلك هنا.
portal-check-ins-intro = يودّ الأخصائي الاجتماعي الذي يتابعك أن يعرف كيف حالك. لن يستغرق ذلك سوى دقيقة أو دقيقتين.
instruments-title = أدوات استبيانات المتابعة
instruments-intro = الاستبيانات التي يمكن للأخصائيين الاجتماعيين أن يطلبوها من الأسر، واستبيان المتابعة الخاص بعبء عملك. يأتي Hearth بثلاث أدوات؛ حمّل أدناه أدواتك الخاصة أو أدوات مرخَّصة بالصيغة الموثَّقة. ويحلّ الإصدار الأحدث ذو المفتاح نفسه محلّ الإصدار القديم في استبيانات المتابعة الجديدة.
instrument-version = الإصدار { $version }
instrument-items = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
instrument-audience-family-member = يجيب عنها أفراد الأسر
instrument-audience-practitioner = يجيب عنها الأخصائيون الاجتماعيون
instruments-load = تحميل أداة
instruments-errors-intro = لم تُحمَّل الأداة:
instruments-body = ملف الأداة (TOML)
instruments-body-hint = الصيغة موضَّحة في instruments/README.md: الأسئلة، وخيارات الإجابة، وحساب الدرجات مع الأسئلة المعكوسة والمقاييس الفرعية، ونطاقات الدرجات ومعانيها، بكل لغة.
instruments-submit = التحقق والتحميل
instrument-error = { $problem }
instrument-error-version = هناك أداة بالمفتاح { $key } مستخدمة بالفعل بهذا الإصدار أو بإصدار أحدث. ارفع رقم الإصدار لتحميل أداة جديدة.
notification-check-in-concern = وقعت نتيجة استبيان متابعة لأسرة { $family } (أدخلها { $name }) في نطاق مثير للقلق.
notification-email-check-in-concern = وقعت نتيجة استبيان متابعة لإحدى الأسر في نطاق مثير للقلق.
audit-organisation-instrument-loaded = تحميل أداة لاستبيانات المتابعة
audit-family-check-in-scheduled = جدولة استبيانات متابعة
audit-family-check-in-schedule-ended = إيقاف استبيانات متابعة مجدولة
audit-family-check-in-answered = الإجابة عن استبيان متابعة
audit-family-check-ins-viewed = الاطلاع على نتائج استبيانات المتابعة

## رصد النتائج
nav-outcomes = النتائج
outcomes-title = نتائج العمل
outcomes-intro = ما يحققه العمل للأسر التي يجري التواصل معها وجهًا لوجه أو عبر الإنترنت أو بالطريقتين معًا، حسب الفريق والفترة. تُستنتج طريقة التواصل مع كل أسرة من الجلسات التي عُقدت معها خلال الفترة؛ والأسرة التي لم تُعقد معها أي جلسة لا تُحتسب إلا ضمن كل الأسر.
outcomes-team = الفريق
outcomes-all-teams = كل الفرق
outcomes-csv = تصدير بصيغة CSV
outcomes-anonymised = تصدير مُجهَّل الهوية لأغراض تقييم العمل
outcomes-anonymised-hint = يتضمن التصدير المُجهَّل الهوية صفًا لكل فريق وطريقة تواصل، دون أي أسماء؛ ويُحجب كل رقم يصف أقل من خمس أسر.
outcomes-empty = لم تُعقد أي جلسة في هذه الفترة، لذا لا يوجد ما يُقارن بعد.
outcomes-table = أرقام الفترة
outcomes-measure = المقياس
outcomes-how = تقارن التغيّرات بين أول إجابة وآخر إجابة لكل شخص خلال الفترة؛ والقيمة السالبة تعني أن الدرجة انخفضت. وتُحتسب المتابعات اللاحقة التي حلّ موعدها خلال الفترة.
outcome-modality-face-to-face = وجهًا لوجه
outcome-modality-digital = عبر الإنترنت
outcome-modality-hybrid = مزيج من الطريقتين
outcome-modality-all = كل الأسر
outcome-families = الأسر التي تلقّت الدعم
outcome-sessions-held = الجلسات المنعقدة
outcome-no-shows = حالات عدم الحضور
outcome-ended-abruptly = الجلسات التي انتهت فجأة
outcome-first-contact = عدد الأيام من الإحالة حتى أول تواصل (الوسيط)
outcome-follow-ups-on-time = المتابعات اللاحقة المنجزة في موعدها
outcome-no-show-share = حالات عدم الحضور، نسبةً إلى الجلسات
outcome-check-in-change = التغيّر في { $instrument } (كلما ارتفعت الدرجة دلّت على { $meaning })
outcome-concern-change = التغيّر في مستوى القلق المقيَّم
outcome-protection-change = التغيّر في عوامل الحماية
outcome-feedback = آراء المشاركين في الجلسات (من 12)
audit-organisation-outcomes-viewed = الاطلاع على أرقام النتائج
audit-organisation-outcomes-exported = تصدير أرقام النتائج

workload-check-in = استبيان المتابعة حول عبء العمل
workload-check-in-none = لم يُملأ بعد.
workload-check-in-link = املأ استبيان المتابعة حول عبء عملك
event-check-in-answered = تمت الإجابة عن استبيان متابعة (سجّله { $name })

## حماية البيانات
nav-data-protection = حماية البيانات
nav-my-data = بياناتك
data-protection-title = حماية البيانات
data-protection-intro = ما يحتفظ به Hearth عن الأسر، ومدة الاحتفاظ به، وما طلبه الناس منك. تُسجَّل كل صفحة هنا في سجل التدقيق.
data-protection-back = العودة إلى حماية البيانات
data-protection-due-files = { $count ->
    [0] لا يوجد ملف بانتظار المحو
    [zero] لا يوجد ملف بانتظار المحو
    [one] ملف واحد بانتظار المحو
    [two] ملفان بانتظار المحو
    [few] { $count } ملفات بانتظار المحو
    [many] { $count } ملفًا بانتظار المحو
   *[other] { $count } ملف بانتظار المحو
}
data-protection-held-files = { $count ->
    [0] لا يوجد تجميد قانوني
    [zero] لا يوجد تجميد قانوني
    [one] تجميد قانوني واحد
    [two] تجميدان قانونيان
    [few] { $count } حالات تجميد قانوني
    [many] { $count } حالةَ تجميد قانوني
   *[other] { $count } حالة تجميد قانوني
}
data-protection-open-subject-access = { $count ->
    [0] لا يوجد طلب مفتوح للحصول على نسخة
    [zero] لا يوجد طلب مفتوح للحصول على نسخة
    [one] طلب واحد مفتوح للحصول على نسخة
    [two] طلبان مفتوحان للحصول على نسخة
    [few] { $count } طلبات مفتوحة للحصول على نسخة
    [many] { $count } طلبًا مفتوحًا للحصول على نسخة
   *[other] { $count } طلب مفتوح للحصول على نسخة
}
data-protection-requests = طلبات أفراد الأسر التي تنتظر ردًّا
data-protection-requests-empty = لا يوجد طلب من أي فرد من أفراد الأسر بانتظار الرد. تظهر هنا الطلبات المقدَّمة عبر البوابة إلى أن يردّ عليها الأخصائي الاجتماعي المتابع.
retention-title = الاحتفاظ بالبيانات ومحوها
retention-policy = سياسة الاحتفاظ بالبيانات
retention-policy-error = بعض القيم غير صحيحة. كل مدة عدد صحيح من الأشهر بين 1 و300، ومهلة الرد بين 1 و90 يومًا.
retention-months = شهرًا
retention-kind-closed-file = ملفات الأسر المغلقة
retention-kind-declined-referral = الإحالات المرفوضة
retention-kind-portal-access = سجلات الدخول إلى البوابة
retention-closed-file-hint = تُحسب من يوم إغلاق الملف. المعتاد ست سنوات (72 شهرًا).
retention-declined-referral-hint = إحالة أُغلقت قبل بدء أي عمل، وتُحسب المدة من تاريخ إغلاقها.
retention-portal-access-hint = عمليات تسجيل الدخول لحسابات أفراد الأسر في البوابة، وتُحسب المدة من آخر استخدام لها.
retention-request-days = عدد الأيام للرد على طلب فرد من الأسرة
retention-request-days-hint = شهر واحد (30 يومًا)، ما لم ينص القانون المعمول به لديك على غير ذلك.
retention-keep-statistics = الاحتفاظ بأرقام مجهولة الهوية عند محو ملف
retention-keep-statistics-hint = تبقى التواريخ وطرق التواصل ونتائج الجلسات والدرجات لأرقام النتائج؛ أما الأسماء والنصوص والمستندات وبيانات التواصل فتُمحى.
retention-save = حفظ السياسة
retention-intro = تظهر الملفات المغلقة هنا مع تاريخ انتهاء مدة الاحتفاظ بها. لا يُمحى شيء قبل أن تؤكد ذلك، ولا يُمحى أبدًا ما دام هناك تجميد قانوني.
retention-due = انتهت مدة الاحتفاظ: بانتظار قرارك
retention-due-empty = لا يوجد ملف مغلق تجاوز مدة الاحتفاظ به.
retention-later = ملفات مغلقة لا تزال محفوظة
retention-later-empty = لا توجد ملفات مغلقة أخرى.
retention-closed-on = أُغلق في { $date }
retention-erasable-from = يجوز محوه ابتداءً من { $date }
retention-erase = محو هذا الملف…
retention-back = العودة إلى الاحتفاظ بالبيانات ومحوها
retention-portal = سجلات دخول قديمة إلى البوابة
retention-portal-empty = لا يوجد سجل دخول إلى البوابة أقدم مما تسمح به السياسة.
retention-portal-count = { $count ->
    [zero] لا يوجد سجل دخول لم يُستخدم خلال هذه المدة
    [one] سجل دخول واحد لم يُستخدم خلال هذه المدة
    [two] سجلا دخول لم يُستخدما خلال هذه المدة
    [few] { $count } سجلات دخول لم تُستخدم خلال هذه المدة
    [many] { $count } سجلًّا للدخول لم يُستخدم خلال هذه المدة
   *[other] { $count } سجل دخول لم يُستخدم خلال هذه المدة
}
retention-portal-months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهرٍ
}
retention-portal-confirm = أؤكد أنه يجوز حذف سجلات الدخول هذه؛ وسيلزم تسجيل الدخول من جديد على تلك الأجهزة.
retention-portal-erase = حذف سجلات الدخول القديمة
legal-hold = تجميد قانوني
legal-hold-set = وضع تجميد قانوني على هذا الملف
legal-hold-reason = سبب وجوب الاحتفاظ بالملف (مثلًا: إجراءات قضائية)
legal-hold-error-reason = اكتب سبب وجوب الاحتفاظ بالملف.
legal-hold-lift = رفع التجميد القانوني
legal-hold-set-by = وضعه { $name }
erase-title = محو ملف أسرة
erase-early = لم تنتهِ مدة الاحتفاظ بهذا الملف بعد. لا تمحُه الآن إلا إذا طلبت الأسرة المحو أو اقتضى القانون ذلك.
erase-what = يزيل المحو الأسماء وبيانات التواصل والملاحظات (بكل نسخها) والمستندات ونصوص التقييمات والرسائل والاتفاقات وإجابات استبيانات المتابعة والإفصاحات وكل ما كُتب غير ذلك عن الأسرة وأفرادها، بحيث لا يمكن استعادته من قاعدة البيانات. وتُغلق حسابات أفراد الأسرة في البوابة. ويبقى سجل التدقيق، بالمعرّفات والأوقات فقط، ويسجّل عملية المحو.
erase-keeps-statistics = تحتفظ سياستك بأرقام مجهولة الهوية: تبقى التواريخ وطرق التواصل ونتائج الجلسات والدرجات لأرقام النتائج، دون أي شيء يسمّي أحدًا أو يصفه.
erase-keeps-nothing = لا تحتفظ سياستك بأي أرقام: يُمحى كل سجل في الملف.
erase-backups = تبقى النسخ الاحتياطية المُعدّة قبل اليوم محتوية على الملف إلى أن تنتهي صلاحيتها. وإذا استُعيدت إحداها يومًا، يمحو Hearth هذا الملف من جديد قبل أن يتمكن أي أحد من قراءته.
erase-confirm = أؤكد أن ملف { $name } يجب أن يُمحى. لا يمكن التراجع عن ذلك.
erase-submit = محو الملف
erase-error-confirm = ضع علامة في المربع للتأكيد. لم يُمحَ أي شيء.
erase-error-held = يوجد تجميد قانوني على هذا الملف: ارفعه أولًا. لم يُمحَ أي شيء.
subject-access-title = نسخ من البيانات الشخصية
subject-access-intro = عندما يسأل أحد أفراد الأسرة عمّا تحتفظ به عنه، ابحث عنه هنا، وافتح طلبه، وراجع ما سيُسلَّم إليه وما سيُحجب عنه، ثم نزّل ملف التصدير من أجله.
subject-access-search = اسم فرد الأسرة
subject-access-find = بحث
subject-access-hits = أفراد الأسر الذين عُثر عليهم
subject-access-no-hits = لا يوجد فرد في ملف مفتوح بهذا الاسم. جرّب جزءًا من الاسم.
subject-access-received = تاريخ استلام الطلب
subject-access-open = فتح طلب
subject-access-error-received = أدخل تاريخ استلام الطلب، على ألا يكون بعد اليوم.
subject-access-requests = الطلبات
subject-access-requests-empty = لا توجد طلبات بعد. ابحث عن فرد الأسرة أعلاه لفتح طلب.
subject-access-received-on = استُلم في { $date }
subject-access-exported = صُدِّر في { $date }
subject-access-request-title = طلب نسخة من البيانات الشخصية
subject-access-back = العودة إلى الطلبات
subject-access-counts = عدد العناصر التي ستُسلَّم: { $given }؛ وعدد العناصر المحجوبة: { $withheld }.
subject-access-download = تنزيل ملف التصدير (ZIP)
subject-access-download-hint = تقرير مقروء بلغة فرد الأسرة، والبيانات نفسها بصيغة JSON، ومستنداته. تُسجَّل عملية التنزيل.
subject-access-nothing = لا يحتفظ Hearth بأي شيء عن هذا الفرد.
subject-access-withheld = محجوب
subject-access-released-tag = مُفرَج عنه
subject-access-released = أُفرج عنه: { $reason } ({ $name }، { $date })
subject-access-release = الإفراج عن هذا العنصر
subject-access-release-reason = سبب جواز تسليمه (يُسجَّل)
subject-access-error-reason = اكتب سبب جواز تسليم هذا العنصر. لم يُفرَج عنه.
subject-access-who-read = من قرأ هذه البيانات أو غيّرها داخل المؤسسة
subject-access-times = عدد المرات
subject-access-first = أول مرة
subject-access-last = آخر مرة
subject-access-by-hearth = Hearth نفسه
subject-access-bytes = { $size } بايت (في ملف التصدير)
withheld-also-about-others = يتعلق أيضًا بأشخاص آخرين في الأسرة.
withheld-written-by-another = كتبه شخص آخر.
withheld-from-partner-agency = قدّمته جهة شريكة؛ ولا تجوز مشاركته إلا بموافقتها.
withheld-about-the-family = يتعلق بالأسرة ككل، لا بهذا الفرد وحده.
report-title = ما نحتفظ به عنك
report-made = أعدّته { $organisation } في { $date }، ردًّا على طلبك المؤرخ { $received }.
report-intro = هذه كل السجلات التي نحتفظ بها عنك، بالترتيب الذي نحفظها به. يحتوي الملف data.json المرفق بهذا التقرير على البيانات نفسها بصيغة يقرؤها الحاسوب؛ وتوجد مستنداتك في المجلد "documents".
report-withheld-intro = حجبنا بعض العناصر لأنها تتعلق أيضًا بأشخاص آخرين أو وردت من جهة أخرى. ويُذكر مع كل عنصر سبب حجبه. يمكنك أن تسألنا عن أي منها.
report-documents = مستنداتك
report-rights = يمكنك أن تطلب منا تصحيح أي شيء غير صحيح، أو أن تعترض على استخدام ما لبياناتك، أو أن تقدّم شكوى إلى هيئة حماية البيانات. اسأل الأخصائي الاجتماعي الذي يتابعك، أو استخدم «بياناتك» في بوابة الأسر.
processing-register-title = سجل أنشطة المعالجة
processing-register-intro = أعدّه Hearth من إعداداته: ما يعالجه من بيانات، ولماذا، وعن مَن، ومن يتلقاها، ومدة الاحتفاظ بها، وكيف تُحمى.
processing-register-controller = المسؤول عن المعالجة: { $name }
processing-register-csv-download = تنزيل بصيغة CSV
processing-register-col-purpose = الغرض
processing-register-col-description = الوصف
processing-register-col-basis = الأساس القانوني
processing-register-col-subjects = أصحاب البيانات
processing-register-col-categories = فئات البيانات
processing-register-col-special = بيانات من الفئات الخاصة أو بيانات عن الجرائم
processing-register-col-recipients = الجهات المتلقية
processing-register-col-transfers = النقل إلى خارج البلد
processing-register-col-retention = مدة الاحتفاظ
processing-register-col-security = تدابير الأمان
processing-register-special = يشمل بيانات من الفئات الخاصة أو بيانات عن الجرائم
processing-register-transfers-none = لا يوجد: يحتفظ Hearth بكل البيانات في قاعدة البيانات الخاصة بالمؤسسة.
processing-register-recipients-internal = موظفو المؤسسة الذين يتطلب دورهم ذلك؛ ولا أحد من خارجها.
processing-register-recipients-none-yet = لم تُسجَّل أي جهة شريكة بعد.
processing-register-retention-text = ملفات الأسر المغلقة: { $closed } شهرًا بعد الإغلاق؛ الإحالات المرفوضة: { $declined } شهرًا؛ سجلات الدخول إلى البوابة: { $portal } شهرًا؛ ثم تُمحى بعد التأكيد، ما لم يكن هناك تجميد قانوني.
processing-register-security-text = صلاحيات وصول حسب الدور، تُحدَّد في مكان واحد ويُسجَّل كل اطلاع وتعديل في سجل التدقيق؛ سجل تدقيق مترابط بواسطة HMAC؛ النصوص الحساسة والمستندات مشفّرة أثناء التخزين بـ XChaCha20-Poly1305 بمفاتيح قابلة للتغيير الدوري؛ تسجيل دخول بخطوتين للموظفين؛ TLS أثناء النقل؛ نسخ احتياطية لا يقرؤها إلا مالكها؛ محو يستبدل بالمحتوى المحذوف أصفارًا.
purpose-family-support = دعم الأسرة
purpose-family-support-description = إدارة ملف الأسرة: الأفراد، والملاحظات، والتقييمات، والاجتماعات والخطط، وقرارات طريقة التواصل، والجلسات، والمتابعة اللاحقة.
purpose-family-support-basis = مهمة تُنفَّذ للمصلحة العامة، أو مصالح مشروعة؛ وبيانات الفئات الخاصة لأسباب تتعلق بمصلحة عامة جوهرية (الحماية).
purpose-family-support-subjects = أفراد الأسرة؛ الشخص المعني
purpose-online-contact = التواصل مع الأسرة عبر الإنترنت
purpose-online-contact-description = بوابة الأسر، والرسائل، ومكالمات الفيديو، والتذكيرات، واتفاقات العمل.
purpose-online-contact-basis = الموافقة المسجَّلة في اتفاق العمل، ومهمة دعم الأسرة.
purpose-online-contact-subjects = أفراد الأسرة الذين لديهم حساب في البوابة
purpose-peer-support = دعم الأقران
purpose-peer-support-description = مجموعات يدعم فيها أفراد الأسر بعضهم بعضًا بأسماء مستعارة، مع وجود إشراف.
purpose-peer-support-basis = الموافقة التي تُعطى عند الانضمام إلى مجموعة.
purpose-peer-support-subjects = أفراد الأسر في مجموعات دعم الأقران
purpose-information-sharing = تبادل المعلومات مع الجهات الشريكة
purpose-information-sharing-description = الإفصاحات إلى الجهات الشريكة بموجب اتفاقيات تبادل المعلومات، بعد اعتماد المشرف، والمعلومات الواردة منها.
purpose-information-sharing-basis = الأساس القانوني الذي تذكره كل اتفاقية؛ والحماية عند بلوغ العتبة.
purpose-information-sharing-subjects = أفراد الأسرة؛ الشخص المعني
purpose-outcome-monitoring = استبيانات المتابعة وأرقام النتائج
purpose-outcome-monitoring-description = استبيانات المتابعة حول الرفاه، والآراء حول الجلسات، والأرقام عمّا يحققه العمل.
purpose-outcome-monitoring-basis = مصالح مشروعة في تقييم الخدمة؛ والبيانات الصحية لأسباب تتعلق بمصلحة عامة جوهرية.
purpose-outcome-monitoring-subjects = أفراد الأسرة الذين يجيبون عن استبيانات المتابعة
purpose-security = الأمان والمساءلة
purpose-security-description = عمليات تسجيل الدخول، والوصول الطارئ، والتجميد القانوني، والطلبات المتعلقة بالبيانات، وسجل التدقيق.
purpose-security-basis = التزام قانوني بحماية البيانات وبيان كيفية استخدامها.
purpose-security-subjects = أفراد الأسرة والموظفون
data-category-identity = الأسماء، والأدوار في الأسرة، واللغات
data-category-contact = بيانات التواصل ومكان الوجود
data-category-case-records = ملاحظات الحالة والخط الزمني للملف
data-category-risk-assessments = تقييمات مؤشرات القلق، بما في ذلك الجرائم المحتملة
data-category-documents = المستندات
data-category-decisions = القرارات والموافقات والاتفاقات
data-category-appointments = المواعيد وكيف جرت
data-category-messages = الرسائل
data-category-community-posts = المشاركات في مجموعات دعم الأقران
data-category-shared-information = المعلومات المُتبادلة مع الجهات الشريكة والواردة منها
data-category-wellbeing = الإجابات عن الرفاه (الصحة)
data-category-portal-activity = عمليات تسجيل الدخول إلى البوابة والأجهزة
my-data-title = بياناتك
my-data-intro = يمكنك أن تطلب منا تصحيح بيانات التواصل الخاصة بك، أو أن تعترض على طريقة من طرق استخدامنا لبياناتك. يردّ عليك الأخصائي الاجتماعي الذي يتابعك خلال المدة التي نَعِد بها، ويبقى الرد هنا.
my-data-copy = للحصول على نسخة من كل ما نحتفظ به عنك، اطلبها من الأخصائي الاجتماعي الذي يتابعك، وسنرسلها إليك.
my-data-ask = اطلب منا
my-data-kind = ماذا تطلب؟
data-request-kind-rectification = تصحيح بيانات التواصل الخاصة بي
data-request-kind-objection = أعترض على استخدام ما لبياناتي
my-data-purpose = على أي استخدام تعترض؟
my-data-purpose-hint = فقط إذا كنت تعترض.
my-data-details = أخبرنا بما يجب تصحيحه، أو بسبب اعتراضك
my-data-details-hint = في حالة التصحيح، اكتب البيانات الصحيحة.
my-data-send = إرسال
my-data-sent = أُرسل الطلب. وأُبلغ الأخصائي الاجتماعي الذي يتابعك.
my-data-errors = ما يجب تصحيحه
my-data-error-kind = اختر ما تطلبه.
my-data-error-purpose = اختر الاستخدام الذي تعترض عليه.
my-data-error-details = اكتب ما يجب تصحيحه، أو سبب اعتراضك.
my-data-requests = ما طلبته
my-data-requests-empty = لم تطلب شيئًا بعد.
data-request-due = موعد الرد: { $date }
data-request-overdue = متأخر
data-request-answer = الرد
data-request-answer-text = الرد كما سيقرؤه فرد الأسرة
data-request-answer-granted = نُفِّذ كما طُلب
data-request-answer-partly-granted = نُفِّذ جزئيًا
data-request-answer-refused = لم يُنفَّذ
data-request-waiting = بانتظار الرد.
data-request-from = من { $name }
data-request-send-answer = إرسال الرد
data-request-error-answer = اختر ردًّا.
data-request-error-text = اكتب الرد الذي سيقرؤه فرد الأسرة.
data-requests-title = الطلبات المتعلقة بالبيانات
data-requests-link = الطلبات المتعلقة بالبيانات
data-requests-intro = ما طلبه أفراد هذه الأسرة بشأن بياناتهم عبر البوابة. ردّ على كل طلب خلال المدة التي تَعِد بها المؤسسة؛ ويقرأ فرد الأسرة ردّك في البوابة.
data-requests-empty = لم يطلب أي فرد من هذه الأسرة شيئًا بشأن بياناته.
data-request-event-rectification = تصحيح بيانات التواصل
data-request-event-objection = الاعتراض على استخدام ما لبياناته
data-request-event-granted = نُفِّذ كما طُلب
data-request-event-partly-granted = نُفِّذ جزئيًا
data-request-event-refused = لم يُنفَّذ
event-data-request-made = طلب { $name }: { $what }
event-data-request-answered = ردّ { $name } على طلب يتعلق بالبيانات: { $what }
notification-erasure-due = بلغ ملف مغلق نهاية مدة الاحتفاظ به: { $family }
notification-email-erasure-due = بلغ ملف أسرة مغلق نهاية مدة الاحتفاظ به، وهو بانتظار تأكيدك لمحوه.
notification-data-request-made = قدّم { $name } طلبًا بشأن بياناته ({ $family })
notification-email-data-request-made = قدّم أحد أفراد الأسرة طلبًا بشأن بياناته. ردّ خلال المدة التي تَعِد بها مؤسستك.
audit-family-subject-access-opened = فتح طلب للحصول على نسخة من البيانات الشخصية
audit-organisation-data-subjects-searched = البحث عن أفراد الأسر بالاسم
audit-family-subject-access-viewed = قراءة طلب للحصول على نسخة من البيانات الشخصية
audit-family-subject-access-item-released = الإفراج عن عنصر من نسخة البيانات الشخصية
audit-family-subject-access-exported = تنزيل نسخة من البيانات الشخصية
audit-organisation-retention-policy-changed = تغيير سياسة الاحتفاظ بالبيانات
audit-organisation-retention-listed = عرض الملفات المغلقة ومدة الاحتفاظ بها
audit-family-legal-hold-set = وضع تجميد قانوني على الملف
audit-family-legal-hold-lifted = رفع التجميد القانوني
audit-family-erased = محو الملف
audit-family-erasure-reapplied = محو الملف من جديد بعد استعادة نسخة احتياطية
audit-organisation-portal-access-records-erased = حذف سجلات الدخول القديمة إلى البوابة
audit-family-data-request-made = تقديم طلب بشأن البيانات الخاصة
audit-family-data-request-answered = الرد على طلب يتعلق بالبيانات
audit-organisation-data-requests-listed = عرض الطلبات المتعلقة بالبيانات
audit-organisation-processing-register-viewed = قراءة سجل أنشطة المعالجة
processing-register-yes = نعم
processing-register-no = لا

## حماية البيانات: تسمية كل نوع من السجلات وكل حقل في تقرير حق الاطلاع
dp-table-families = ملف الأسرة
dp-table-family-members = سجل فرد الأسرة
dp-table-users = الحساب في البوابة
dp-table-member-relationships = صلات القرابة
dp-table-member-reminders = إعدادات التذكير
dp-table-invitations = الدعوات إلى البوابة
dp-table-sessions = عمليات تسجيل الدخول إلى البوابة
dp-table-recovery-codes = رموز الاسترداد
dp-table-family-assignments = الأخصائيون الاجتماعيون العاملون مع الأسرة
dp-table-break-glass-grants = الوصول الطارئ إلى الملف
dp-table-notifications = الإشعارات
dp-table-family-events = الخط الزمني للملف
dp-table-notes = الملاحظات
dp-table-note-members = من تتعلق بهم الملاحظات
dp-table-note-versions = نصوص الملاحظات (بكل نسخها)
dp-table-documents = المستندات
dp-table-assessments = التقييمات
dp-table-assessment-ratings = درجات التقييمات
dp-table-assessment-evidence = أدلة التقييمات
dp-table-assessment-document-evidence = مستندات مستخدمة كأدلة
dp-table-conferences = اجتماعات الأسرة الموسّعة
dp-table-plan-actions = إجراءات الخطة
dp-table-plan-progress = التقدم في إجراءات الخطة
dp-table-modality-decisions = قرارات طريقة التواصل
dp-table-agreements = اتفاقات العمل والموافقات
dp-table-support-sessions = الجلسات
dp-table-support-session-members = المشاركون في الجلسات
dp-table-support-session-staff = الموظفون الحاضرون في الجلسات
dp-table-session-translators = المترجمون
dp-table-session-reminders = التذكيرات المُرسلة
dp-table-aftercare-follow-ups = المتابعة بعد الجلسات
dp-table-session-calls = مكالمات الفيديو
dp-table-call-participants = المشاركون في المكالمات
dp-table-call-events = أحداث المكالمات
dp-table-call-signals = بيانات اتصال المكالمات
dp-table-conversations = المحادثات
dp-table-conversation-members = المشاركون في المحادثات
dp-table-messages = الرسائل
dp-table-message-versions = نصوص الرسائل (بكل نسخها)
dp-table-message-attachments = المرفقات
dp-table-conversation-reads = علامات القراءة
dp-table-conversation-emails = رسائل البريد الإلكتروني عن المحادثات
dp-table-conversation-days = أيام المحادثات
dp-table-community-profiles = الملف الشخصي في المجتمع
dp-table-community-members = العضوية في المجموعات
dp-table-community-invitations = الدعوات إلى المجموعات
dp-table-community-applications = طلبات الانضمام إلى المجموعات
dp-table-community-topics = المواضيع التي بُدئت
dp-table-community-posts = المشاركات المكتوبة
dp-table-community-flags = المشاركات المُبلَّغ عنها
dp-table-community-moderation = الإشراف
dp-table-community-notices = إشعارات المجتمع
dp-table-disclosures = المعلومات المُتبادلة مع الجهات الشريكة
dp-table-disclosure-steps = مراحل الإفصاحات
dp-table-received-information = المعلومات الواردة من الجهات الشريكة
dp-table-checkin-schedules = جداول استبيانات المتابعة
dp-table-checkin-requests = استبيانات المتابعة المطلوبة
dp-table-checkin-responses = إجابات استبيانات المتابعة
dp-table-legal-holds = حالات التجميد القانوني
dp-table-subject-access-requests = طلبات الحصول على نسخة من بياناتك
dp-table-subject-access-releases = العناصر المُفرَج عنها
dp-table-data-requests = الطلبات المتعلقة ببياناتك
dp-field-accepted = مقبول
dp-field-accepted-at = تاريخ القبول
dp-field-admitted-at = وقت السماح بدخول المكالمة
dp-field-agreement = ما اتُّفق عليه
dp-field-answer = الرد
dp-field-answer-text = الرد المُقدَّم
dp-field-answered-at = تاريخ الرد
dp-field-answered-by = ردّ عليه
dp-field-answers = الإجابات
dp-field-applied-at = تاريخ طلب الانضمام
dp-field-approved = معتمد
dp-field-as-manager = كُتب بصفة منسق المجتمع
dp-field-asked-at = تاريخ الطلب
dp-field-assessed-on = تاريخ التقييم
dp-field-assigned-at = تاريخ التكليف
dp-field-assignment = التكليف
dp-field-at = متى
dp-field-author-kind = كتبه
dp-field-band-level = نطاق النتيجة
dp-field-body = النص
dp-field-by-phone = أُعطيت هاتفيًا
dp-field-cadence = عدد المرات
dp-field-categories = فئات المعلومات
dp-field-channel = الطريقة
dp-field-checklist = قائمة التحقق عند البدء
dp-field-checklist-at = تاريخ إكمال قائمة التحقق
dp-field-choices = الخيارات
dp-field-comment = تعليق
dp-field-completed-at = تاريخ الإكمال
dp-field-completed-by = أكمله
dp-field-conditions = شروط التعامل
dp-field-connected-at = وقت الاتصال
dp-field-connection = الاتصال
dp-field-consent = الموافقة
dp-field-consent-note = ملاحظة حول الموافقة
dp-field-consent-reason = سبب يتعلق بالموافقة
dp-field-contact-kind = نوع التواصل
dp-field-contact-preferences = تفضيلات التواصل
dp-field-corrects = يصحّح
dp-field-created-at = تاريخ الإنشاء
dp-field-created-by = أنشأه
dp-field-day = اليوم
dp-field-decided = القرار
dp-field-decided-at = تاريخ القرار
dp-field-decided-by = قرّره
dp-field-detail = التفاصيل
dp-field-details = ما طُلب
dp-field-device = الجهاز
dp-field-digest = الملخص اليومي
dp-field-digest-sent-at = تاريخ إرسال الملخص
dp-field-disabled-at = تاريخ إغلاق الحساب
dp-field-display-name = الاسم المعروض
dp-field-dropped-at = وقت انقطاع الاتصال
dp-field-due-at = الموعد المحدد
dp-field-due-on = التاريخ المحدد
dp-field-edit-note = ملاحظة حول التعديل
dp-field-email = عنوان البريد الإلكتروني
dp-field-email-notifications = الإشعارات بالبريد الإلكتروني
dp-field-emailed-at = تاريخ الإرسال بالبريد الإلكتروني
dp-field-ended-at = وقت الانتهاء
dp-field-ended-how = كيف انتهى
dp-field-engagement = التفاعل
dp-field-engagement-note = ملاحظة حول التفاعل
dp-field-entered-by = أدخله
dp-field-erased-at = تاريخ المحو
dp-field-every-weeks = كل كم أسبوعًا
dp-field-evidence = الدليل
dp-field-expires-at = تاريخ انتهاء الصلاحية
dp-field-exported-at = تاريخ التصدير
dp-field-factor-key = العامل
dp-field-family-participants = أفراد الأسرة المشاركون
dp-field-family-told = أُبلغت الأسرة
dp-field-first-reply-at = تاريخ أول رد
dp-field-flagged-at = تاريخ الإبلاغ
dp-field-flagged-by = أبلغ عنه
dp-field-from-family = رسائل من الأسرة
dp-field-from-member = من فرد الأسرة
dp-field-from-participant = من
dp-field-held-on = تاريخ الانعقاد
dp-field-hidden-at = تاريخ الإخفاء
dp-field-hidden-reason = سبب الإخفاء
dp-field-hours-before = عدد الساعات قبل الموعد
dp-field-how-they-are = كيف حالهم
dp-field-instrument-key = الاستبيان
dp-field-instrument-version = إصدار الاستبيان
dp-field-invited-at = تاريخ الدعوة
dp-field-invited-by = دعاه
dp-field-item = العنصر
dp-field-items = العناصر المُتبادلة
dp-field-joined-at = تاريخ الانضمام
dp-field-joined-via = طريقة الانضمام
dp-field-justification = المبرر
dp-field-kind = النوع
dp-field-language = اللغة
dp-field-languages = اللغات
dp-field-last-at = آخر مرة
dp-field-last-contact-at = تاريخ آخر تواصل
dp-field-last-message-at = تاريخ آخر رسالة
dp-field-last-post-at = تاريخ آخر مشاركة
dp-field-last-seen-at = تاريخ آخر استخدام
dp-field-level = المستوى
dp-field-made-at = تاريخ التقديم
dp-field-message-emails = رسائل البريد الإلكتروني عن الرسائل
dp-field-messages = الرسائل
dp-field-minutes = الدقائق
dp-field-mode = طريقة الانعقاد
dp-field-more-help-arranged = رُتّبت مساعدة إضافية
dp-field-muted-until = مكتوم حتى
dp-field-name = الاسم
dp-field-needs-translator = يحتاج إلى مترجم
dp-field-next-due-on = الموعد التالي
dp-field-next-review-at = تاريخ المراجعة التالية
dp-field-not-told-reason = سبب عدم إبلاغ الأسرة
dp-field-note = ملاحظة
dp-field-occurred-at = تاريخ الحدوث
dp-field-off = مُعطَّل
dp-field-opened-at = تاريخ الفتح
dp-field-opened-by = فتحه
dp-field-other-conditions = شروط أخرى
dp-field-outcome = كيف جرى
dp-field-outcome-at = تاريخ تسجيل النتيجة
dp-field-outcome-by = سجّل النتيجة
dp-field-outcome-reminded-at = تاريخ التذكير
dp-field-overdue-notified-at = تاريخ إشعار التأخر
dp-field-override-concerns = المخاوف المُسجَّلة
dp-field-override-reason = سبب تجاوز أحد الحدود
dp-field-participant = المشارك
dp-field-place = المكان
dp-field-position = الموضع
dp-field-posted-at = تاريخ النشر
dp-field-preference = التفضيل
dp-field-prepared-at = تاريخ الإعداد
dp-field-prepared-by = أعدّه
dp-field-presence = الحضور
dp-field-professional-participants = المهنيون المشاركون
dp-field-proportionality = التناسب
dp-field-pseudonym = الاسم المستعار
dp-field-purpose = الغرض
dp-field-question = سؤال
dp-field-raised = أُثير
dp-field-rating = الدرجة
dp-field-read-at = تاريخ القراءة
dp-field-reason = السبب
dp-field-reasons = الأسباب
dp-field-received-on = تاريخ الاستلام
dp-field-recipient = الجهة المتلقية
dp-field-reconnect-minutes = دقائق إعادة الاتصال
dp-field-recorded-at = تاريخ التسجيل
dp-field-recorded-by = سجّله
dp-field-released-at = تاريخ الإفراج
dp-field-released-by = أفرج عنه
dp-field-removed-at = تاريخ الإزالة
dp-field-replies = الردود
dp-field-resolved-at = تاريخ المعالجة
dp-field-resolved-by = عالجه
dp-field-response = الاستجابة
dp-field-review-comment = تعليق المراجعة
dp-field-review-on = موعد المراجعة
dp-field-reviewed-at = تاريخ المراجعة
dp-field-revisit-on = تاريخ إعادة النظر
dp-field-revoked-at = تاريخ السحب
dp-field-role = الدور
dp-field-rules-accepted = قُبلت قواعد المجموعة
dp-field-seen-at = تاريخ المشاهدة
dp-field-seen-up-to = شوهد حتى
dp-field-sent-at = وقت الإرسال
dp-field-sent-on = تاريخ الإرسال
dp-field-set-at = تاريخ التعيين
dp-field-set-by = عيّنه
dp-field-shared-text = النص المُتبادل
dp-field-size = الحجم
dp-field-stage = المرحلة
dp-field-started-at = تاريخ البدء
dp-field-started-by = بدأه
dp-field-starts-at = يبدأ في
dp-field-status = الحالة
dp-field-subscales = درجات المقاييس الفرعية
dp-field-suggested = مقترح
dp-field-summary = الملخص
dp-field-threshold-met = كيف بُلغت العتبة
dp-field-title = العنوان
dp-field-to-member = إلى فرد الأسرة
dp-field-to-participant = إلى
dp-field-total = الدرجة الكلية
dp-field-updated-at = تاريخ التحديث
dp-field-uploaded-at = تاريخ الرفع
dp-field-uploaded-by = رفعه
dp-field-urgent = عاجل
dp-field-used-at = تاريخ الاستخدام
dp-field-verification = التحقق من الهوية
dp-field-verified-at = تاريخ التحقق
dp-field-verified-by = تحقق منه
dp-field-version = الإصدار
dp-field-visible-from = ظاهر ابتداءً من
dp-field-what = ماذا
dp-field-whereabouts = مكان الوجود
dp-field-who = من
dp-field-written-at = تاريخ الكتابة
dp-field-young-person = عن الشاب أو الشابة
subject-access-report-language = لغة التقرير

## مسرد الاتجاهات على الإنترنت
nav-glossary = المسرد
nav-glossary-editors = محررو المسرد
glossary-title = مسرد الاتجاهات على الإنترنت
glossary-intro = المصطلحات والشيفرات والرموز والميمات والمنصات والتطبيقات التي تظهر في عالم الأسرة على الإنترنت: ما معناها، وما قد تدل عليه، وما لا تدل عليه. المصطلح وحده ليس مصدر قلق أبدًا؛ انظر إلى السلوك، كما في التقييم.
glossary-search = البحث عن مصطلح
glossary-search-hint = أي تهجئة أو جزء من كلمة؛ لا تؤثر علامات النبر، ولا الأحرف الكبيرة والصغيرة، ولا اختلاف أشكال الحروف العربية.
glossary-find = بحث
glossary-results = النتائج
glossary-all = كل المداخل
glossary-no-results = لا توجد نتائج مطابقة. جرّب جزءًا من الكلمة أو تهجئة أخرى. وإذا كان المصطلح جديدًا، فأخبر أحد المحررين.
glossary-empty = المسرد فارغ. يمكن لأحد المحررين إضافة أول مدخل.
glossary-draft = مسودة
glossary-review-due = مداخل فات موعد مراجعتها
glossary-review-due-empty = كل المداخل ضمن موعد مراجعتها.
glossary-review-due-tag = حان موعد المراجعة
glossary-review-on = المراجعة قبل { $date }
glossary-back = العودة إلى المسرد
glossary-entry-title = مدخل في المسرد
glossary-kind = النوع
glossary-kind-term = مصطلح
glossary-kind-phrase = عبارة
glossary-kind-code = شيفرة
glossary-kind-symbol = رمز
glossary-kind-meme = ميم
glossary-kind-platform = منصة
glossary-kind-app = تطبيق
glossary-term = المصطلح
glossary-variants = البدائل والتهجئات
glossary-variants-hint = واحد في كل سطر، بأي نظام كتابة.
glossary-seen-in = يظهر في
glossary-seen-in-hint = اللغات والمنصات التي يظهر فيها.
glossary-meaning = معناه ومصدره
glossary-meaning-hint = بلغة بسيطة، لمن لم يصادفه من قبل.
glossary-may-indicate = ما قد يدل عليه
glossary-may-indicate-hint = أعِد الأمر إلى السلوك: ما الذي يُنظر إليه، وما الذي يُسأل عنه.
glossary-does-not-indicate = ما لا يدل عليه وحده
glossary-does-not-indicate-hint = المصطلح وحده ليس مصدر قلق أبدًا: اذكر ما يكون عليه في الغالب.
glossary-first-seen = أول ظهور
glossary-sources = المصادر
glossary-sources-hint = مصدر واحد في كل سطر؛ وتتحول عناوين المواقع إلى روابط.
glossary-review-date = موعد المراجعة
glossary-review-date-hint = تتغير الاتجاهات: لا يتجاوز الموعد سنتين من اليوم.
glossary-reviewed-by = آخر مراجعة
glossary-source-organisation = مأخوذ من
glossary-provenance = { $organisation }
glossary-in-other-language = لم يُترجم بعد. لغة هذا النص: { $language }.
glossary-editing = للمحررين
glossary-translate = الترجمة إلى:
glossary-publish = نشر
glossary-reviewed-next = هل ما زال صحيحًا؟ المراجعة التالية قبل
glossary-mark-reviewed = تسجيل المراجعة
glossary-versions = الصيغ
glossary-version = الصيغة { $version }
glossary-new-title = مدخل جديد
glossary-edit-title = تعديل المدخل
glossary-errors = بعض الحقول تحتاج إلى انتباهك؛ وما كتبته محفوظ.
glossary-text-language = لغة النص
glossary-reason = سبب هذا التعديل (يُحفظ في سجل التعديلات)
glossary-save = حفظ
glossary-first-version = الصيغة الأولى
glossary-error-kind = اختر ما يصفه المدخل.
glossary-error-term = اكتب المصطلح (200 حرف على الأكثر).
glossary-error-variants = 40 بديلًا على الأكثر، ولا يتجاوز كل منها 200 حرف.
glossary-error-meaning = اكتب معناه.
glossary-error-may-indicate = اكتب ما قد يدل عليه.
glossary-error-does-not-indicate = اكتب ما لا يدل عليه وحده.
glossary-error-sources = اذكر مصدرًا واحدًا على الأقل.
glossary-error-review-on = أدخل موعد مراجعة بعد اليوم وخلال سنتين على الأكثر.
glossary-error-first-seen = لا يمكن أن يكون تاريخ أول ظهور في المستقبل.
glossary-error-reason = اذكر سبب تعديلك للمدخل.
glossary-editors-title = محررو المسرد
glossary-editors-intro = يكتب المحررون مداخل المسرد ويترجمونها وينشرونها ويراجعونها. ويُحفظ كل تعديل مع اسم من أجراه وسببه.
glossary-editors-empty = لا يوجد محرر للمسرد بعد.
glossary-editor-grant = الموظف
glossary-editor-grant-button = تعيينه محررًا
glossary-editor-withdraw = سحب صلاحية { $name }
audit-glossary-entry-created = كتابة مدخل في المسرد
audit-glossary-entry-changed = تعديل مدخل في المسرد
audit-glossary-entry-published = نشر مدخل في المسرد
audit-glossary-entry-reviewed = مراجعة مدخل في المسرد
audit-account-glossary-editor-granted = تعيين محرر للمسرد
audit-account-glossary-editor-withdrawn = سحب صلاحية محرر للمسرد
glossary-exchange-title = المشاركة مع مؤسسات أخرى
glossary-exchange-intro = أرسل مداخلك المنشورة إلى مؤسسة أخرى في حزمة موقّعة بمفتاح مؤسستك، وخذ مداخل من المؤسسات التي تثق بها. لا يؤخذ أي شيء دون أن يختاره أحد المحررين، ويُذكر في كل مدخل مستورد مصدره.
glossary-export = حزمتك
glossary-our-key = المفتاح العام لمؤسسة { $organisation }؛ أعطِه للمؤسسات التي تستورد حزمك:
glossary-export-download = تنزيل الحزمة الموقّعة
glossary-signers = المؤسسات التي تثق بها
glossary-signers-empty = لا توجد أي مؤسسة بعد. أضف اسم مؤسسة ومفتاحها العام لتتمكن من استيراد حزمها.
glossary-signer-name = اسم المؤسسة
glossary-signer-key = مفتاحها العام
glossary-signer-key-hint = 64 حرفًا (0–9، a–f)، كما يظهر في صفحة المشاركة لدى المؤسسة نفسها. تحقّق منه معها عبر الهاتف.
glossary-signer-add = الثقة بهذا المفتاح
glossary-error-signer-name = اذكر اسم المؤسسة.
glossary-error-signer-key = يتكون المفتاح العام من 64 حرفًا من 0–9 ومن a–f.
glossary-import = استيراد حزمة
glossary-import-paste = الصق الحزمة (محتوى الملف)
glossary-import-check = التحقق من الحزمة
glossary-bundle-unreadable = هذه ليست حزمة مسرد يستطيع Hearth قراءتها. لم يُستورد أي شيء.
glossary-bundle-unknown-signer = هذه الحزمة موقّعة بمفتاح لا تثق به بعد. أضف المؤسسة ومفتاحها أولًا. لم يُستورد أي شيء.
glossary-bundle-bad-signature = توقيع الحزمة لا يطابق محتواها: فقد عُدّلت بعد توقيعها. لم يُستورد أي شيء.
glossary-import-title = استيراد مداخل المسرد
glossary-exchange-back = العودة إلى المشاركة
glossary-import-from = موقّعة من { $organisation }، وتم التحقق منها.
glossary-import-choose = اختر المداخل التي تريد أخذها
glossary-incoming-new = جديد
glossary-incoming-changed = صيغة أحدث من مدخل أخذته من قبل
glossary-incoming-unchanged = لديك هذه الصيغة
glossary-import-apply = استيراد المداخل المختارة
audit-organisation-glossary-exported = تصدير المسرد
audit-organisation-glossary-signer-trusted = الثقة بمفتاح المسرد لإحدى المؤسسات

## مدونة السلوك للعمل عبر الإنترنت، والمهارات الرقمية، والأدلة الإرشادية للأسر
nav-conduct = مدونة السلوك
nav-conduct-standing = مدونة السلوك ومهارات الفريق
nav-conduct-admin = مدونة السلوك
nav-guides = الأدلة الإرشادية
conduct-title = مدونة السلوك للعمل عبر الإنترنت
conduct-version = الصيغة { $version }
conduct-none = لم تنشر المؤسسة مدونة سلوك بعد.
conduct-please-read = نُشرت صيغة جديدة. يُرجى قراءتها وتأكيد اطلاعك عليها أدناه.
conduct-acknowledge = قرأت الصيغة { $version } وسألتزم بها في عملي
conduct-acknowledged = أكّدت اطلاعك على هذه الصيغة.
conduct-pending = الصيغة { $version } من مدونة السلوك للعمل عبر الإنترنت بانتظار أن تقرأها وتؤكد اطلاعك عليها.
conduct-read = قراءة مدونة السلوك
skills-title = مهاراتك التقنية
skills-intro = قيّم نفسك في كل مهارة تطلبها المدونة. يطّلع مشرفك على الصورة العامة للفريق لتخطيط التدريب، ولا يُحكم على أحد بناءً عليها.
skills-learn = معرفة المزيد
skills-save = حفظ تقييماتي
skills-saved = تم الحفظ.
skill-level-confident = متمكّن
skill-level-needs-practice = بحاجة إلى ممارسة
skill-level-not-yet = ليس بعد
conduct-admin-title = نشر مدونة السلوك
conduct-admin-starter = لم تُنشر أي صيغة بعد. في ما يلي النص المبدئي الذي يقدّمه Hearth: كيّفه بما يناسب مؤسستك، ثم انشره.
conduct-admin-intro = تُكتب الأقسام والمهارات بتنسيق TOML، كلٌّ منها بكل لغة يقرؤها موظفوك (الإنجليزية إلزامية). ينشئ النشر صيغة جديدة يُطلب من كل موظف تأكيد اطلاعه عليها.
conduct-admin-text = المدونة
conduct-admin-errors = لم تُنشر المدونة:
conduct-admin-publish = النشر كصيغة جديدة
conduct-error-syntax = تتعذّر قراءة النص: { $message }
conduct-error-no-sections = لا تحتوي المدونة على أي قسم.
conduct-error-english = يحتاج «{ $key }» إلى نصه بالإنجليزية.
conduct-error-duplicate = يوجد قسمان أو مهارتان باسم «{ $key }».
conduct-error-resource = يجب أن يكون مورد التعلّم الخاص بـ«{ $key }» عنوانًا يبدأ بـ https://.
conduct-standing-title = مدونة السلوك ومهارات الفريق
conduct-standing-caption = من أكّد اطلاعه على الصيغة الحالية، وكيف يقيّم كلٌّ منهم مهاراته
conduct-standing-who = الموظف
conduct-standing-acknowledged = أكّد الاطلاع
conduct-not-acknowledged = لم يؤكّد الاطلاع بعد
conduct-acknowledged-version = الصيغة { $version }، { $date }
conduct-missing = { $count ->
    [0] أكّد الجميع اطلاعهم عليها
    [zero] أكّد الجميع اطلاعهم عليها
    [one] شخص واحد لم يؤكّد اطلاعه عليها بعد
    [two] شخصان لم يؤكّدا اطلاعهما عليها بعد
    [few] { $count } أشخاص لم يؤكّدوا اطلاعهم عليها بعد
    [many] { $count } شخصًا لم يؤكّدوا اطلاعهم عليها بعد
   *[other] { $count } شخص لم يؤكّدوا اطلاعهم عليها بعد
}
guides-title = الأدلة الإرشادية
guides-intro = أدلة قصيرة تساعدك في الجزء الذي يجري عبر الإنترنت من الدعم الذي تتلقاه.
guides-back = العودة إلى الأدلة الإرشادية
audit-organisation-conduct-published = نشر مدونة السلوك
audit-account-conduct-acknowledged = تأكيد الاطلاع على مدونة السلوك
glossary-starter = مسرد Hearth الأولي
glossary-starter-intro = نحو عشرين مدخلًا عن المنصات وخصائصها ومصطلحات عامة من ثقافة الإنترنت، كُتبت لـ Hearth بخمس لغات، لكل منها مصادره ومن دون صور تحض على الكراهية. اعتمدوها بداية وعدّلوها كلما تعلّم فريقكم.
glossary-starter-take = أخذ المداخل الأولية
glossary-image = الصورة
glossary-image-warning = تحذير من المحتوى: قد تعرض هذه الصورة مواد تحض على الكراهية. تبقى مموّهة حتى تختار رؤيتها.
glossary-image-show = إظهار الصورة
glossary-image-alt = الرمز «{ $term }»
glossary-image-upload = صورة للرمز (PNG أو JPEG)
glossary-image-upload-hint = يراها القرّاء مموّهة خلف تحذير من المحتوى حتى يختاروا رؤيتها. لا يُحفظ منها إلا بكسلاتها.
glossary-image-save = حفظ الصورة
glossary-error-image-kind = لا يمكن عرض غير صور PNG وJPEG هنا.
note-glossary = مصطلحات المسرد التي تشير إليها هذه الملاحظة (اختياري)
note-glossary-hint = افصل بين المصطلحات بفواصل، واختر من الاقتراحات. ستربط الملاحظة بكل مدخل ليبقى تسلسل التفكير واضحًا.
note-glossary-refers = المسرد:
note-error-glossary = أحد المصطلحات المذكورة ليس في المسرد: اختر من الاقتراحات أو احذفه.
nav-legal = ملاحظات قانونية
legal-title = ملاحظات قانونية
legal-intro = ملاحظات قصيرة عن التشريعات التي يجب أن يعرفها فريقك في الحالات التي لها جانب قضائي: ماذا تنص عليه، وأين تنطبق، وما مصدرها. تحقّق من المصدر قبل أن تتصرف بناءً على أي ملاحظة.
legal-search = البحث عن ملاحظة
legal-all = كل الملاحظات
legal-no-results = لا توجد ملاحظة مطابقة. جرّب كلمة أخرى.
legal-empty = لا توجد ملاحظات قانونية بعد. يمكن لأحد محرري المسرد كتابة أول ملاحظة.
legal-review-due-empty = كل الملاحظات ضمن موعد مراجعتها.
legal-back = العودة إلى الملاحظات القانونية
legal-note-title = ملاحظة قانونية
legal-new-title = ملاحظة قانونية جديدة
legal-edit-title = تعديل الملاحظة القانونية
legal-note-name = العنوان
legal-jurisdiction = الولاية القضائية
legal-text = ما يجب أن يعرفه الفريق
legal-source = المصدر
legal-source-hint = القانون والمادة، أو عنوان موقع.
legal-updated = آخر تعديل
legal-error-title = أعطِ الملاحظة عنوانًا (200 حرف على الأكثر).
legal-error-jurisdiction = اذكر أين ينطبق التشريع.
legal-error-text = اكتب ما يجب أن يعرفه الفريق.
legal-error-source = اذكر المصدر.
legal-error-review-on = أدخل موعد مراجعة بعد اليوم وخلال سنتين على الأكثر.
audit-organisation-legal-note-saved = كتابة ملاحظة قانونية أو تعديلها
glossary-related = مداخل ذات صلة
glossary-related-hint = مصطلحات مداخل أخرى تفصل بينها فواصل، اختر من الاقتراحات.
glossary-error-related = أحد المداخل ذات الصلة المذكورة ليس في المسرد: اختر من الاقتراحات.
dp-table-glossary-links = مداخل المسرد المذكورة في الملاحظات
notifications-open-access-log = عرض سجل الاطلاع
notifications-open-assessment-review = مراجعة التقييم
notifications-open-assessment-returned = عرض تعليق المشرف
notifications-open-follow-ups = عرض المتابعات اللاحقة
notifications-open-override = عرض السبب في صفحة الفريق
notifications-open-outcome = تسجيل كيف انتهت الجلسة
notifications-open-conversation = فتح المحادثة
notifications-open-family = فتح ملف الأسرة
notifications-open-disclosure = فتح الإفصاح
notifications-open-check-ins = عرض استبيانات المتابعة
notifications-open-retention = عرض قائمة مدد الاحتفاظ
notifications-open-data-request = الرد على الطلب
notifications-open-queue = عرض الأسئلة التي تنتظر إجابة
workload-weeks = الأسابيع
workload-week-previous = → الأسبوع السابق
workload-week-next = الأسبوع التالي ←
workload-week-current = هذا الأسبوع
workload-override-cancelled = أُلغيت منذ ذلك الحين
workload-override-reason = السبب المذكور
nav-menu = القائمة
session-outcome-before-start = لم تبدأ الجلسة بعد: لا يمكن الآن إلا إلغاؤها. ويمكن تسجيل كيف جرت بعد أن تبدأ.
agreement-choice-fallback = (مكتوب باللغة { $language })
agreement-choices-languages = اكتب كل خيار أولًا باللغة { $language }، وهي اللغة التي يقرأ بها فرد الأسرة، فهذا ما سيراه. أما الصياغة بلغتك فتُحفظ للفريق، ولا تُعرض على فرد الأسرة إلا حيث يُترك الحقل الأول فارغًا.
family-next-heading = ما يجب القيام به
family-next-session = الجلسة القادمة
family-next-session-none = لا توجد جلسة مقررة.
family-record-outcome = تسجيل كيف انتهت جلسة { $when }
family-about = عن هذا الملف
family-sessions-coming = الجلسات القادمة
family-sessions-past = { $count ->
    [zero] لا توجد جلسات سابقة
    [one] جلسة سابقة واحدة
    [two] جلستان سابقتان
    [few] { $count } جلسات سابقة
    [many] { $count } جلسةً سابقةً
   *[other] { $count } جلسة سابقة
}
family-status-change = تغيير الحالة أو تاريخ المراجعة
session-beyond-limit = تتجاوز أحد الحدود
workload-override-other-family = أسرة من خارج فريقك
access-log-filter = تصفية السجل
access-log-anyone = كل الأشخاص
access-log-anything = كل الإجراءات
access-log-from = من
access-log-to = حتى
access-log-filter-submit = عرض
access-log-filter-clear = عرض الكل
access-log-count = { $count ->
    [zero] لا توجد قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}
access-log-none = لا يوجد في السجل ما يطابق البحث. وسّع نطاق التواريخ أو اختر كل الأشخاص وكل الإجراءات.
agreement-default-name = العمل معًا عبر الإنترنت
