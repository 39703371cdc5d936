## साइन इन

login-title = साइन इन करें
login-heading = Fieldbook में साइन इन करें
login-lead = आपके ग्राहक, डील और फ़ॉलो-अप, ऑनलाइन हों या नहीं।
login-email = ईमेल
login-password = पासवर्ड
login-submit = साइन इन करें
login-signing-in = साइन इन हो रहा है…
login-wrong-password = ईमेल या पासवर्ड गलत है।
login-password-missing = अपना पासवर्ड डालें।

## The account

role-rep = बिक्री प्रतिनिधि
role-manager = मैनेजर
language-unknown = Fieldbook यह भाषा नहीं बोलता।
