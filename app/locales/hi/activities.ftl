## Activities: My day, follow-ups, visits, the timeline

activities-kind-call = कॉल
activities-kind-meeting = मीटिंग
activities-kind-visit = विज़िट
activities-kind-email = ईमेल
activities-kind-note = नोट
activities-kind-task = टास्क

## My day

activities-my-day = मेरा दिन
activities-my-day-loading = आपका दिन लोड हो रहा है…
activities-caught-up = सब निपट गया
activities-caught-up-hint = कुछ भी ओवरड्यू या आज देय नहीं है। ग्राहक कार्ड से अगले कदम प्लान करें।
activities-go-customers = ग्राहकों पर जाएँ
activities-overdue = ओवरड्यू
activities-due-today-heading = आज देय
activities-overdue-count = { $count } ओवरड्यू
activities-unplanned = बिना अगले कदम वाली डील
activities-unplanned-hint = आपकी सबसे बड़ी खुली डील जिनके लिए कुछ प्लान नहीं है। ठंडी पड़ने से पहले अगला कदम प्लान करें।

## When a follow-up is due

activities-no-due-date = कोई नियत तारीख नहीं
activities-due-today = आज
activities-due-today-at = आज { $time }
activities-due-tomorrow = कल
activities-due-tomorrow-at = कल { $time }
activities-due-yesterday = बीता कल
activities-due-yesterday-at = बीता कल { $time }
activities-due-on = { $date }
activities-due-on-at = { $date } { $time }
activities-overdue-due = ओवरड्यू · { $due }

## One activity in a list

activities-done-at = पूरा हुआ { $at }
activities-checked-in = { $time } पर चेक इन · { $place }
activities-location-not-shared = लोकेशन साझा नहीं की गई
activities-check-in = चेक इन
activities-checking-in = चेक इन हो रहा है…
activities-done = पूरा
activities-mark-done-label = “{ $subject }” को पूरा चिह्नित करें
activities-move-tomorrow = कल करें
activities-move-tomorrow-label = “{ $subject }” को कल पर ले जाएँ
activities-later = बाद में…
activities-reschedule-label = “{ $subject }” का समय बदलें
activities-next-week = अगले हफ़्ते
activities-new-date = नई तारीख
activities-move = खिसकाएँ
activities-pick-date = कोई तारीख चुनें।
activities-reopen = फिर खोलें
activities-reopen-label = “{ $subject }” फिर खोलें

## A customer's next steps and timeline

activities-next-steps = अगले कदम
activities-log = गतिविधि दर्ज करें
activities-plan-next = अगला कदम प्लान करें
activities-logged-prompt = दर्ज हो गया। अगला कदम प्लान करें?
activities-not-now = अभी नहीं
activities-loading = गतिविधियाँ लोड हो रही हैं…
activities-none-planned = इस ग्राहक के साथ कोई अगला कदम प्लान नहीं है।
activities-plan-one = अभी प्लान करें
activities-deal-none-planned = इस डील के लिए कोई अगला कदम प्लान नहीं है।
activities-timeline = टाइमलाइन
activities-timeline-loading = टाइमलाइन लोड हो रही है…
activities-timeline-offline = डील के चरण में बदलाव आपके फिर से ऑनलाइन होने पर यहाँ दिखेंगे।
activities-timeline-empty = इस ग्राहक के साथ अभी कुछ नहीं हुआ है। कोई कॉल, विज़िट या नोट दर्ज करें।
activities-deal = डील
activities-deal-event-by = { $by } · { $at }
activities-deal-event-someone = किसी ने · { $at }

## Logging and planning

activities-log-title = गतिविधि दर्ज करें
activities-log-save = टाइमलाइन में सहेजें
activities-plan-title = अगला कदम प्लान करें
activities-plan-save = प्लान करें
activities-field-kind = प्रकार
activities-field-subject = विषय
activities-subject-placeholder = वसंत के ऑर्डर के बारे में कॉल
activities-field-notes = नोट
activities-field-date = तारीख
activities-field-time = समय
activities-field-due-date = नियत तारीख
activities-field-time-optional = समय (वैकल्पिक)
activities-field-contact = संपर्क
activities-field-deal = डील
activities-field-for = किसके लिए
activities-no-contact = कोई संपर्क नहीं
activities-no-deal = कोई डील नहीं
activities-customers-rep = ग्राहक के ज़िम्मेदार
activities-cancel = रद्द करें

## Validation

activities-location-unreadable = इस डिवाइस की लोकेशन पढ़ी नहीं जा सकी।
activities-accuracy-negative = लोकेशन की सटीकता ऋणात्मक नहीं हो सकती।
activities-date-format = 2026-11-27 जैसी तारीख डालें।
activities-due-time-format = 14:30 जैसा समय डालें।
activities-done-time-format = 10:00 जैसा समय डालें।
activities-date-for-time = इस समय के लिए कोई तारीख चुनें।
activities-done-at-not-done = होने का समय सिर्फ़ उसी का होता है जो पहले ही हो चुका हो।
activities-done-at-future = यह समय अभी आना बाकी है: इसे अगले कदम के रूप में प्लान करें।
activities-clocks-changed = उस समय घड़ियाँ बदली गई थीं: कोई दूसरा समय चुनें।
activities-customer-gone = यह ग्राहक अब मौजूद नहीं है।
activities-contact-elsewhere = ऐसा संपर्क चुनें जो इसी ग्राहक के यहाँ काम करता हो।
activities-deal-elsewhere = इसी ग्राहक के साथ की कोई डील चुनें।
activities-owner-not-in-team = अपनी टीम का कोई सदस्य चुनें।
activities-checkin-visits-only = चेक इन सिर्फ़ विज़िट में होता है।
activities-time-zone-unknown = यह टाइम ज़ोन पहचाना नहीं गया। Europe/Lisbon जैसा नाम इस्तेमाल करें।
